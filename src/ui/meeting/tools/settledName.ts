// A name made from words the chair is typing, such as a goal's text in "+ Lägg till insats för
// målet …". While the field has focus the name keeps the words it had, and it takes the new ones
// when focus leaves the field: a keystroke then changes the field alone, not every label that
// repeats it, and a screen reader, which reaches those labels only after leaving the field, hears
// the words as written.
import { createMemo, createSignal } from 'solid-js';

export function createSettledName(name: () => string): {
  name: () => string;
  /** Put on an element around the field (focusin and focusout bubble). */
  onFocusIn: () => void;
  onFocusOut: () => void;
} {
  const [typing, setTyping] = createSignal(false);
  // While typing, the memo reads only `typing`: the words it would repeat are not tracked.
  const settled = createMemo<string>((before) => (typing() && before !== undefined ? before : name()));
  return { name: settled, onFocusIn: () => setTyping(true), onFocusOut: () => setTyping(false) };
}
