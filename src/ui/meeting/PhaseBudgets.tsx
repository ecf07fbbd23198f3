// Minutes for each phase, editable before the circle opens and during the meeting. A change is
// taken from (or given to) the later phases, or lengthens the meeting, as the chair chooses.
import { For } from 'solid-js';
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
        {(p) => (
          <NumberField
            label={t.budgetMinutes(p.title)}
            min={1}
            max={480}
            value={Math.round(p.budgetMs / MINUTE_MS)}
            onInput={(minutes) => {
              if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 480) {
                editor.dispatch({ type: 'set-budget', phaseId: p.id, budgetMs: minutes * MINUTE_MS, mode: props.mode });
              }
            }}
          />
        )}
      </For>
    </details>
  );
}
