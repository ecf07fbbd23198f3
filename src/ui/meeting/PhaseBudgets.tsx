// Minutes for each phase, editable before the circle opens and during the meeting. A change is
// taken from (or given to) the later phases, or lengthens the meeting, as the chair chooses.
import { createSignal, For } from 'solid-js';
import { MINUTE_MS, type AdjustMode } from '../../domain/timer';
import { svMeeting } from '../../i18n/svMeeting';
import { NumberField, RadioGroup } from '../components/fields';
import { useMeetingEditor } from '../meetingEditor';

const t = svMeeting.circle;

export function PhaseBudgets(props: { mode: AdjustMode; onMode: (mode: AdjustMode) => void; open?: boolean }) {
  const editor = useMeetingEditor();
  return (
    <details class="meeting-settings" open={props.open}>
      <summary>{t.budgets}</summary>
      <RadioGroup legend={t.adjustMode} value={props.mode} options={{ rebalance: t.rebalance, extend: t.extend }} onChange={props.onMode} />
      <For each={editor.meeting.phases}>
        {(p) => {
          // A number the budget cannot take (0, 481, blank) is said beside the field; the phase keeps its time.
          const [refused, setRefused] = createSignal(false);
          return (
            <NumberField
              label={t.budgetMinutes(p.title)}
              min={1}
              max={480}
              value={Math.round(p.budgetMs / MINUTE_MS)}
              problem={refused() ? 'phase.minutes' : undefined}
              onInput={(minutes) => {
                const fits = Number.isInteger(minutes) && minutes >= 1 && minutes <= 480;
                setRefused(!fits);
                if (fits) editor.dispatch({ type: 'set-budget', phaseId: p.id, budgetMs: minutes * MINUTE_MS, mode: props.mode });
              }}
            />
          );
        }}
      </For>
    </details>
  );
}
