// The app's main menu. On a narrow screen (a phone, or a tablet zoomed in) its links fold behind
// "Meny"; wider, they are always in sight. Escape, a chosen link, another screen, focus moving on
// or a tap elsewhere closes it; focus that was in it goes back to "Meny".
import { A, useLocation } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { sv } from '../../i18n/sv';

export function MainMenu() {
  const location = useLocation();
  const [menuOpen, setMenuOpen] = createSignal(false);
  let nav: HTMLElement | undefined;
  let menuButton: HTMLButtonElement | undefined;
  /** Closes the menu; focus that was in it goes back to "Meny" (if "Meny" is shown), not to the page's start. */
  function closeMenu() {
    if (!menuOpen()) return;
    const hadFocus = nav?.contains(document.activeElement) ?? false;
    setMenuOpen(false);
    if (hadFocus && menuButton && menuButton.offsetParent !== null) menuButton.focus();
  }
  function onMenuKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && menuOpen()) {
      event.preventDefault();
      closeMenu();
    }
  }
  function onMenuFocusOut(event: FocusEvent) {
    const to = event.relatedTarget as Node | null;
    if (to && !nav?.contains(to)) setMenuOpen(false);
  }
  function onMenuChoice(event: MouseEvent) {
    if ((event.target as Element).closest('a')) closeMenu();
  }
  // Another screen (a link, the back button): the menu has done its job.
  createEffect(
    on(
      () => location.pathname,
      () => setMenuOpen(false),
      { defer: true },
    ),
  );
  // A tap anywhere else closes it too.
  createEffect(() => {
    if (!menuOpen()) return;
    const away = (event: PointerEvent) => {
      if (!nav?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', away);
    onCleanup(() => document.removeEventListener('pointerdown', away));
  });
  return (
    <nav class="main-nav" classList={{ 'main-nav--open': menuOpen() }} aria-label={sv.app.mainNav} ref={nav} onKeyDown={onMenuKey} onFocusOut={onMenuFocusOut}>
      <button
        type="button"
        class="secondary menu-button"
        aria-expanded={menuOpen()}
        aria-controls="main-menu"
        ref={menuButton}
        onClick={() => setMenuOpen(!menuOpen())}
      >
        <span class="menu-icon" aria-hidden="true" />
        {sv.app.menu}
      </button>
      <ul id="main-menu" onClick={onMenuChoice}>
        <li>
          <A href="/" end>
            {sv.app.plans}
          </A>
        </li>
        <li>
          <A href="/avvikelser">{sv.app.deviations}</A>
        </li>
        <li>
          <A href="/statistik">{sv.app.statistics}</A>
        </li>
        <li>
          <A href="/installningar">{sv.app.settings}</A>
        </li>
      </ul>
    </nav>
  );
}
