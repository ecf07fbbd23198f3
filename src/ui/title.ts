import { createEffect } from 'solid-js';
import { sv } from '../i18n/sv';

/** The document title names the screen, never a person (the title shows in the app switcher). */
export function useTitle(screen: string | (() => string)): void {
  createEffect(() => {
    const name = typeof screen === 'function' ? screen() : screen;
    document.title = `${name} – ${sv.app.name}`;
  });
}
