// Where a line of a PDF may not break: between words that are read as one. Easy-read asks for
// lines broken at natural pauses (DOMAIN.md), and a phone number split over two lines ("010-111 11
// / 11") is dialled wrong by anyone.

/** A number, or a group of one: "010-111", "+46", "11". */
const NUMBER = /^\+?\(?\d[\d()\-–]*$/u;
/** A following group of digits, with the punctuation that may end a sentence or list. */
const DIGITS = /^\d+[.,;:)]?$/u;
const DAY = /^\d{1,2}$/u;
const MONTH = /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)[.,;:)]?$/iu;
/** "kl." or "klockan", before the time it gives. */
const CLOCK = /^(?:kl\.|klockan)$/iu;
const TIME = /^\d{1,2}(?:[.:]\d{2})?[.,;:)]?$/u;

/** Whether `next` goes on the same line as the word before it (`last`, the last word of what is bound so far). */
function bound(last: string, next: string): boolean {
  return (NUMBER.test(last) && DIGITS.test(next)) || (DAY.test(last) && MONTH.test(next)) || (CLOCK.test(last) && TIME.test(next));
}

/**
 * The words of a line, with those read as one joined by a space into one unit: the groups of a
 * phone number, a day with its month ("7 december"), and a time with its "kl." ("kl. 10.00").
 */
export function bindWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let last = '';
  for (const word of words) {
    if (out.length > 0 && bound(last, word)) out[out.length - 1] += ` ${word}`;
    else out.push(word);
    last = word;
  }
  return out;
}
