// The meeting circle for the room: one sector per phase sized by its budget, clockwise from 12
// o'clock, each phase's name in large type outside its sector (wrapped on words, so a narrow
// sector still has a readable name), done phases with a check mark and a muted fill, the current
// phase filled and outlined and its name in bold. Not the chair's ring (CircleRing.tsx).
import { For, Index } from 'solid-js';
import { sectors } from '../meeting/CircleRing';
import { ringGeometry } from '../meeting/ringGeometry';

export interface RoomCirclePhase {
  id: string;
  title: string;
  budgetMs: number;
}

// Small ring, large names: the names are what the room reads. Sized so that a name of LINE_CHARS
// characters beside the ring still fits inside the view box.
const W = 1300;
const H = 900;
const CX = W / 2;
const CY = H / 2;
const R_OUTER = 235;
const R_INNER = 130;
const R_LABEL = 262;
const GAP_RAD = 0.015;
const LABEL_SIZE = 60;
const LINE_HEIGHT = 66;
const LINE_CHARS = 10;

const { sectorPath } = ringGeometry({ cx: CX, cy: CY, rOuter: R_OUTER, rInner: R_INNER });

const VOWELS = /[aeiouyåäöéü]/iu;

/**
 * A word too long for a line, broken once near its middle with a hyphen, where Swedish breaks
 * words: between two consonants ("Samman-fattning") or before a consonant between vowels
 * ("Proble-matisera"). Words that fit are left whole.
 */
export function breakWord(word: string, max = LINE_CHARS): string[] {
  if (word.length <= max) return [word];
  const letters = Array.from(word);
  const isVowel = (c: string | undefined) => c !== undefined && VOWELS.test(c);
  const isConsonant = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c) && !isVowel(c);
  let best = -1;
  for (let i = 3; i <= letters.length - 3; i++) {
    const pair = isConsonant(letters[i - 1]) && isConsonant(letters[i]);
    const vcv = isVowel(letters[i - 1]) && isConsonant(letters[i]) && isVowel(letters[i + 1]);
    if ((pair || vcv) && (best < 0 || Math.abs(i - letters.length / 2) < Math.abs(best - letters.length / 2))) best = i;
  }
  if (best < 0) best = Math.ceil(letters.length / 2);
  return [`${letters.slice(0, best).join('')}-`, letters.slice(best).join('')];
}

/** A name in lines of about LINE_CHARS characters, broken between words (and long words once). */
export function wrapLabel(text: string, max = LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/u)) {
    for (const [n, part] of breakWord(word, max).entries()) {
      const last = lines.length - 1;
      if (n === 0 && last >= 0 && !lines[last]!.endsWith('-') && lines[last]!.length + 1 + part.length <= max) lines[last] = `${lines[last]} ${part}`;
      else lines.push(part);
    }
  }
  return lines;
}

interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
}

function labelFor(title: string, mid: number): Label {
  const sin = Math.sin(mid);
  const cos = Math.cos(mid);
  const lines = wrapLabel(title);
  const x = CX + R_LABEL * sin;
  const anchor = sin > 0.25 ? 'start' : sin < -0.25 ? 'end' : 'middle';
  const block = (lines.length - 1) * LINE_HEIGHT;
  // Above the ring the block grows upwards, below it downwards, beside it it is centred.
  const yEdge = CY - R_LABEL * cos;
  const y = cos > 0.5 ? yEdge - block - 12 : cos < -0.5 ? yEdge + LABEL_SIZE * 0.85 : yEdge - block / 2 + LABEL_SIZE * 0.35;
  return { x, y, anchor, lines };
}

export function RoomCircle(props: { phases: RoomCirclePhase[]; currentIndex: number; label: string }) {
  const parts = () => sectors(props.phases);
  return (
    <svg class="room-circle" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={props.label}>
      <For each={parts()}>
        {(s, i) => {
          const mid = (s.a0 + s.a1) / 2;
          const done = () => i() < props.currentIndex;
          const current = () => i() === props.currentIndex;
          const label = labelFor(s.title, mid);
          return (
            <g classList={{ 'room-sector': true, 'room-sector--done': done(), 'room-sector--current': current() }} data-phase={s.id}>
              <path d={sectorPath(s.a0 + GAP_RAD, Math.max(s.a0 + GAP_RAD, s.a1 - GAP_RAD))} />
              <text
                class="room-sector-mark"
                x={CX + ((R_OUTER + R_INNER) / 2) * Math.sin(mid)}
                y={CY - ((R_OUTER + R_INNER) / 2) * Math.cos(mid)}
                text-anchor="middle"
                dominant-baseline="central"
                aria-hidden="true"
              >
                {done() ? '✓' : i() + 1}
              </text>
              <text class="room-sector-name" x={label.x} y={label.y} text-anchor={label.anchor} aria-hidden="true">
                <Index each={label.lines}>
                  {(line, n) => (
                    <tspan x={label.x} dy={n === 0 ? 0 : LINE_HEIGHT}>
                      {/* A space between the lines, so the name reads whole as text. */}
                      {n < label.lines.length - 1 && !line().endsWith('-') ? `${line()} ` : line()}
                    </tspan>
                  )}
                </Index>
              </text>
            </g>
          );
        }}
      </For>
    </svg>
  );
}
