// A timer's figures, changed each second without a repaint. The last two digits of a figure (the
// seconds, or a clock's minutes) are a reel: "00" to "59" in a strip behind a one-line window,
// held by a paused Web Animation that moves it a line per second of its time; a tick sets the
// time. Chrome then moves the strip's own compositor layer (an element with a transform animation
// has one) and neither lays out, repaints nor sorts the page's layers again, as it does for a
// transform set from script. Paused, nothing runs between ticks: a running animation would have
// the compositor draw every frame. The rest of the figure is text, written when it changes (at
// most once a minute). A screen reader hears the figure's name (role="timer", aria-label), set
// each second to what it shows; the reel itself is hidden from it.

const LINES = 60;
const STRIP = Array.from({ length: LINES }, (_, n) => String(n).padStart(2, '0')).join('\n');
const LAST_TWO = /[0-5]\d$/;
/** A line's share of the strip's animation: a tick sets the middle of it. */
const LINE_MS = 1000;

/** One timer's figures: text, then a reel (see the file comment). */
export interface Figure {
  readonly box: HTMLSpanElement;
  readonly lead: Text;
  readonly reel: Animation;
  /** The number the reel shows (−1 before the first). */
  line: number;
  shown: string;
  plain: boolean;
  words: boolean;
  long: boolean;
}

/** The strip "00" to "59" in a one-line window, and the paused animation that places it. */
function reel(): { frame: HTMLSpanElement; animation: Animation } {
  const frame = document.createElement('span');
  frame.className = 'figure-reel';
  const strip = document.createElement('span');
  strip.textContent = STRIP;
  frame.append(strip);
  const animation = strip.animate([{ transform: 'translateY(0)' }, { transform: 'translateY(-100%)' }], { duration: LINES * LINE_MS, easing: `steps(${LINES})` });
  animation.pause();
  return { frame, animation };
}

/** A timer's figures, marked `data-timer="<name>"` (for the tests and the bench). */
export function createFigure(name: string): Figure {
  const box = document.createElement('span');
  box.dataset.timer = name;
  box.setAttribute('role', 'timer');
  const face = document.createElement('span');
  face.setAttribute('aria-hidden', 'true');
  const lead = document.createTextNode('');
  const { frame, animation } = reel();
  face.append(lead, frame);
  box.append(face);
  return { box, lead, reel: animation, line: -1, shown: '', plain: false, words: false, long: false };
}

/**
 * Shows `shown` in `f`, touching only what changed: mostly the reel, and the name. Words (a time
 * too long for figures) and figures longer than seven characters ("−1:05:00") are set smaller
 * (data-words, data-long): a timer's column holds "1:18:00" or "−12:00" at full size, so that no
 * figure is ever clipped.
 */
export function showFigure(f: Figure, shown: string, words: boolean): void {
  if (f.shown === shown) return;
  f.box.setAttribute('aria-label', (f.shown = shown));
  const plain = !LAST_TWO.test(shown);
  const lead = plain ? shown : shown.slice(0, -2);
  if (f.lead.data !== lead) f.lead.data = lead;
  const long = !words && shown.length > 7;
  if (f.plain !== plain) f.box.toggleAttribute('data-plain', (f.plain = plain));
  if (f.words !== words) f.box.toggleAttribute('data-words', (f.words = words));
  if (f.long !== long) f.box.toggleAttribute('data-long', (f.long = long));
  if (plain) return;
  const line = Number(shown.slice(-2));
  if (f.line === line) return;
  f.line = line;
  f.reel.currentTime = (line + 0.5) * LINE_MS;
}
