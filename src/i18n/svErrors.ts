// What the app says when something fails: what happened, that the data is kept, and what to do.
export const svErrors = {
  /** A button whose write failed; the button can be pressed again. */
  action: 'Det gick inte att spara. Inget av det du har skrivit har försvunnit. Försök igen.',
  /** Something must be written before this can go on, and is not written yet. */
  notAllSaved: 'Allt du har skrivit är inte sparat ännu – appen försöker igen. Vänta tills det står "Sparat" och försök sedan igen.',
  screen: {
    heading: 'Något gick fel på den här sidan',
    text: 'Det du har skrivit finns kvar på enheten. Försök igen, gå till en annan sida eller ladda om appen.',
    retry: 'Försök igen',
    reload: 'Ladda om appen',
    reloadUnsaved: 'Allt du har skrivit är inte sparat ännu. Laddar du om nu kan det senaste försvinna. Ladda om ändå?',
  },
  unexpected: {
    text: 'Något gick fel i appen. Det du har skrivit finns kvar. Om det händer igen: ladda om appen.',
    dismiss: 'Stäng',
  },
};
