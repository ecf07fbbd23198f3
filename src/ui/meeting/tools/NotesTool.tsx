// Free notes for a phase (e.g. "Problematisera" in the 20/20/20 template), kept on the phase.
import type { MeetingPhase } from '../../../domain/meeting';
import { svCapture } from '../../../i18n/svCapture';
import { TextArea } from '../../components/fields';
import { useMeetingEditor } from '../../meetingEditor';
import './tools.css';

export default function NotesTool(props: { phase: MeetingPhase }) {
  const { dispatch } = useMeetingEditor();
  return (
    <div class="tool tool--notes">
      <TextArea
        label={svCapture.notes.label}
        hint={svCapture.notes.hint}
        rows={14}
        value={props.phase.notes}
        onInput={(value) => dispatch({ type: 'set-text', target: { at: 'phases', id: props.phase.id, field: 'notes' }, value })}
      />
    </div>
  );
}
