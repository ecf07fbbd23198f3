// The meeting circle as an SVG ring: one sector per phase sized by its budget, starting at 12
// o'clock clockwise, the current phase highlighted, and an arc for the meeting's elapsed time.
import { For } from 'solid-js';
import { ringGeometry } from './ringGeometry';

export interface RingPhase {
  id: string;
  title: string;
  budgetMs: number;
}

const SIZE = 240;
const C = SIZE / 2;
const R_OUTER = 110;
const R_INNER = 70;
const R_PROGRESS = 116;
const GAP_RAD = 0.02;

const { sectorPath, arcPath } = ringGeometry({ cx: C, cy: C, rOuter: R_OUTER, rInner: R_INNER });

export function sectors(phases: RingPhase[]): { id: string; title: string; a0: number; a1: number }[] {
  const total = phases.reduce((s, p) => s + Math.max(0, p.budgetMs), 0) || 1;
  let angle = 0;
  return phases.map((p) => {
    const a0 = angle;
    angle += (Math.max(0, p.budgetMs) / total) * 2 * Math.PI;
    return { id: p.id, title: p.title, a0, a1: angle };
  });
}

export function CircleRing(props: {
  phases: RingPhase[];
  currentId: string | null;
  /** Elapsed share of the whole meeting, 0–1 (capped). */
  progress: number;
  label: string;
  onSelect?: (id: string) => void;
}) {
  const progressEnd = () => Math.min(0.9999, Math.max(0, props.progress)) * 2 * Math.PI;
  return (
    <svg class="circle-ring" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={props.label}>
      <For each={sectors(props.phases)}>
        {(s, i) => (
          <g classList={{ sector: true, 'sector--current': s.id === props.currentId }}>
            <path d={sectorPath(s.a0 + GAP_RAD, Math.max(s.a0 + GAP_RAD, s.a1 - GAP_RAD))} />
            <text
              x={C + ((R_OUTER + R_INNER) / 2) * Math.sin((s.a0 + s.a1) / 2)}
              y={C - ((R_OUTER + R_INNER) / 2) * Math.cos((s.a0 + s.a1) / 2)}
              text-anchor="middle"
              dominant-baseline="central"
              aria-hidden="true"
            >
              {i() + 1}
            </text>
          </g>
        )}
      </For>
      <circle class="progress-track" cx={C} cy={C} r={R_PROGRESS} />
      {props.progress > 0 && <path class="progress-arc" d={arcPath(0, progressEnd(), R_PROGRESS)} />}
      <text class="ring-centre" x={C} y={C} text-anchor="middle" dominant-baseline="central" aria-hidden="true">
        {props.phases.find((p) => p.id === props.currentId)?.title ?? ''}
      </text>
    </svg>
  );
}
