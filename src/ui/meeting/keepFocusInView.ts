// The sticky timer bar and keyboard focus in the meeting.
//
// compactWhileTyping: while a text field in the meeting has focus (on a tablet the on-screen
// keyboard is up), the bar is marked data-typing and styles.css makes it smaller. The mark follows
// focus at once from the keyboard, but never while a finger or the mouse is down: the bar changing
// size between pressing and letting go would move the button pressed (in the bar, or below it on
// an unscrolled page) away from under the pointer, and the press would be lost.
//
// keepFocusInView: nothing focused or typed into is ever hidden under the bar (WCAG 2.4.11, Focus
// Not Obscured). After focus moves, when the bar grows (leaving a text field; a speaker's time
// appears) and when an on-screen keyboard comes up, the focused element in the meeting is
// scrolled so that it lies wholly between the bar's bottom edge and the bottom of the visible
// viewport (its top, if it is taller than that space). The bar's height is also kept in
// --meeting-bar-height, the root's scroll-padding-top (styles.css), so that the browser's own
// scrolling (Tab, find in page, scrollIntoView) leaves room for the bar too.
import { onCleanup } from 'solid-js';

/** A field that brings up an on-screen keyboard (not a checkbox, radio button or button). */
function isTextField(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(el.type);
}

/** Marks `bar` data-typing while a text field inside `area` has focus, for as long as the calling component lives. */
export function compactWhileTyping(bar: HTMLElement, area: HTMLElement): void {
  let pressed = false;
  let timer = 0;
  function update() {
    timer = 0;
    if (pressed) return;
    const active = document.activeElement;
    bar.toggleAttribute('data-typing', isTextField(active) && area.contains(active));
  }
  // Focus leaving for nothing (a tap on plain text) fires focusout only: look once it has settled.
  function later() {
    if (timer === 0) timer = window.setTimeout(update, 0);
  }
  const down = () => void (pressed = true);
  // After the click that follows pointerup (same task), so the pressed button is where it was.
  const up = () => {
    pressed = false;
    later();
  };
  document.addEventListener('focusin', update);
  document.addEventListener('focusout', later);
  document.addEventListener('pointerdown', down, true);
  document.addEventListener('pointerup', up, true);
  document.addEventListener('pointercancel', up, true);
  // A press let go outside the window sends no pointerup; a key pressed after it does not wait for one.
  document.addEventListener('keydown', up, true);
  update();
  onCleanup(() => {
    document.removeEventListener('focusin', update);
    document.removeEventListener('focusout', later);
    document.removeEventListener('pointerdown', down, true);
    document.removeEventListener('pointerup', up, true);
    document.removeEventListener('pointercancel', up, true);
    document.removeEventListener('keydown', up, true);
    if (timer !== 0) clearTimeout(timer);
  });
}

/** Room left between the focused element and the bar or the bottom of the screen, in CSS px. */
const MARGIN = 8;

/** What can be seen, in the layout viewport's coordinates: above an on-screen keyboard where the browser says so. */
function visibleSpan(): { top: number; bottom: number } {
  const visual = window.visualViewport;
  if (!visual) return { top: 0, bottom: window.innerHeight };
  return { top: Math.max(0, visual.offsetTop), bottom: Math.min(window.innerHeight, visual.offsetTop + visual.height) };
}

/**
 * Keeps keyboard focus inside `area` clear of the sticky `bar`, for as long as the calling
 * component lives. Call it once both elements are in the document (in onMount).
 */
export function keepFocusInView(bar: HTMLElement, area: HTMLElement): void {
  const root = document.documentElement;
  let frame = 0;

  /** The bar's bottom edge, or 0 where it scrolls with the page (short screens: styles.css). */
  function barBottom(): number {
    return getComputedStyle(bar).position === 'sticky' ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  }

  function reveal() {
    frame = 0;
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !area.contains(el)) return;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return;
    const visible = visibleSpan();
    const top = Math.max(barBottom(), visible.top) + MARGIN;
    const bottom = visible.bottom - MARGIN;
    let by = 0;
    if (rect.top < top) by = rect.top - top;
    // Too low: up until its bottom shows, but never so far that its top goes under the bar.
    else if (rect.bottom > bottom) by = Math.min(rect.bottom - bottom, rect.top - top);
    if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
  }

  // In the next frame: after the browser's own scrolling to the focused element, and after the bar
  // has taken its size for the new focus.
  function schedule() {
    if (frame === 0) frame = requestAnimationFrame(reveal);
  }

  // A bar grown taller may now cover the focused element; one grown shorter cannot, and the chair
  // may have scrolled away from the focused element meanwhile: that is left as it is.
  let height = 0;
  const observer = new ResizeObserver(() => {
    const now = bar.getBoundingClientRect().height;
    root.style.setProperty('--meeting-bar-height', `${now}px`);
    if (now > height) schedule();
    height = now;
  });
  observer.observe(bar);
  // The on-screen keyboard coming up shrinks the visual viewport; a pinch zoom is the reader's own.
  const keyboard = () => {
    if ((window.visualViewport?.scale ?? 1) <= 1.01) schedule();
  };
  document.addEventListener('focusin', schedule);
  window.visualViewport?.addEventListener('resize', keyboard);

  onCleanup(() => {
    observer.disconnect();
    document.removeEventListener('focusin', schedule);
    window.visualViewport?.removeEventListener('resize', keyboard);
    if (frame !== 0) cancelAnimationFrame(frame);
    root.style.removeProperty('--meeting-bar-height');
  });
}
