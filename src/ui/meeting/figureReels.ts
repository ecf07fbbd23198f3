// A timer's figures, changed each second without a repaint. The last two digits of a figure (the
// seconds, or a clock's minutes) are reels: the ten digits in a strip behind a one-line window.
// Each strip is held by a paused Web Animation that moves it a digit per second of its time; a
// tick sets the time. Chrome then moves the strip's own compositor layer (an element with a
// transform animation has one) and neither lays out, repaints nor sorts the page's layers again,
// as it does for a transform set from script. Paused, nothing runs between ticks: a running
// animation would have the compositor draw every frame. The rest of the figure is text, written
// when it changes (at most once a minute). A screen reader hears the figure's name (role="timer",
// aria-label), set each second to what it shows; the reels themselves are hidden from it.

const STRIP = '0\n1\n2\n3\n4\n5\n6\n7\n8\n9';
const DIGITS = /\d\d$/;
/** A digit's place on its strip's animation: the middle of its tenth. */
const DIGIT_MS = 1000;

/** One timer's figures: text, then two reels (see the file comment). */
export interface Figure {
  readonly box: HTMLSpanElement;
  readonly lead: Text;
  readonly reels: readonly [Animation, Animation];
  /** The digit each reel shows (−1 before the first). */
  readonly digits: [number, number];
  shown: string;
  plain: boolean;
  words: boolean;
  long: boolean;
}

/** A strip of the ten digits in a one-line window, and the paused animation that places it. */
function reel(): { window: HTMLSpanElement; animation: Animation } {
  const window = document.createElement('span');
  window.className = 'figure-reel';
  const strip = document.createElement('span');
  strip.textContent = STRIP;
  window.append(strip);
  const animation = strip.animate([{ transform: 'translateY(0)' }, { transform: 'translateY(-100%)' }], { duration: 10 * DIGIT_MS, easing: 'steps(10)' });
  animation.pause();
  return { window, animation };
}

/** A timer's figures, marked `data-timer="<name>"` (for the tests and the bench). */
export function createFigure(name: string): Figure {
  const box = document.createElement('span');
  box.dataset.timer = name;
  box.setAttribute('role', 'timer');
  const face = document.createElement('span');
  face.setAttribute('aria-hidden', 'true');
  const lead = document.createTextNode('');
  const tens = reel();
  const ones = reel();
  face.append(lead, tens.window, ones.window);
  box.append(face);
  return { box, lead, reels: [tens.animation, ones.animation], digits: [-1, -1], shown: '', plain: false, words: false, long: false };
}

/**
 * Shows `shown` in `f`, touching only what changed: mostly one reel, and the name. Words (a time
 * too long for figures) and figures longer than seven characters ("−1:05:00") are set smaller
 * (data-words, data-long): a timer's column holds "1:18:00" or "−12:00" at full size, so that no
 * figure is ever clipped.
 */
export function showFigure(f: Figure, shown: string, words: boolean): void {
  if (f.shown === shown) return;
  f.box.setAttribute('aria-label', (f.shown = shown));
  const plain = !DIGITS.test(shown);
  const lead = plain ? shown : shown.slice(0, -2);
  if (f.lead.data !== lead) f.lead.data = lead;
  const long = !words && shown.length > 7;
  if (f.plain !== plain) f.box.toggleAttribute('data-plain', (f.plain = plain));
  if (f.words !== words) f.box.toggleAttribute('data-words', (f.words = words));
  if (f.long !== long) f.box.toggleAttribute('data-long', (f.long = long));
  if (plain) return;
  for (const i of [0, 1] as const) {
    const digit = shown.charCodeAt(shown.length - 2 + i) - 48;
    if (f.digits[i] === digit) continue;
    f.digits[i] = digit;
    f.reels[i].currentTime = (digit + 0.5) * DIGIT_MS;
  }
}
