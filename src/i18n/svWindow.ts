// One window of the app at a time (src/ui/window/oneWindow.ts): what a window that is not the one says.
export const svWindow = {
  title: 'Öppen i ett annat fönster',
  heading: 'SIP-mötet är redan öppet i ett annat fönster',
  intro:
    'Appen används i ett fönster eller en flik åt gången, så att ingen ändring skriver över en annan. Fortsätt i det andra fönstret, eller använd appen här i stället.',
  movedHeading: 'SIP-mötet används nu i ett annat fönster',
  movedIntro: 'Det du skrev här är sparat, och appen är låst i det här fönstret så att de två inte skriver över varandra.',
  useHere: 'Använd appen här',
  usingHere: 'Väntar på det andra fönstret …',
  silent:
    'Det andra fönstret svarar inte, kanske för att det vilar i bakgrunden. Stäng det om du kan, eller ta över ändå. Det du skrev där sparades när du lämnade det; har fönstret hängt sig medan det visades, kan det sista du skrev där saknas.',
  forceHere: 'Ta över ändå',
};
