// How much text one field may hold before the chair is told it is too long. The text is kept
// either way (nothing typed is lost); a module of its own so the first screen's fields need no
// other validation rule.

export const MAX_TEXT_LENGTH = 20_000;

export function checkLength(value: string): 'text.tooLong' | null {
  return value.length > MAX_TEXT_LENGTH ? 'text.tooLong' : null;
}
