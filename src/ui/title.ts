import { createEffect } from 'solid-js';
import { svShell } from '../i18n/svShell';

/** The document title names the screen, never a person (the title shows in the app switcher). */
export function useTitle(screen: string | (() => string)): void {
  createEffect(() => {
    const name = typeof screen === 'function' ? screen() : screen;
    document.title = `${name} – ${svShell.app.name}`;
  });
}
