import { A, useParams } from '@solidjs/router';
import { createResource, Match, Show, Switch } from 'solid-js';
import { svMeeting } from '../../i18n/svMeeting';
import { sv } from '../../i18n/sv';
import { useApp } from '../appContext';
import { createMeetingEditor, MeetingEditorContext } from '../meetingEditor';
import { useTitle } from '../title';
import AttendanceView from './AttendanceView';
import CircleView from './CircleView';
import HeldView from './HeldView';

export default function MeetingScreen() {
  const params = useParams<{ meetingId: string }>();
  const app = useApp();
  const [loaded] = createResource(
    () => params.meetingId,
    async (id) => {
      const opened = await app.meetings.open(id);
      return opened ? createMeetingEditor(app, opened.meeting, opened.plan) : null;
    },
  );
  useTitle(() => {
    const m = loaded()?.meeting;
    if (!m) return svMeeting.circle.title;
    if (m.status === 'hallet') return svMeeting.held.title;
    return m.attendanceDone ? svMeeting.circle.title : svMeeting.attendance.title;
  });

  return (
    <Show when={!loaded.loading} fallback={<p>{sv.app.loading}</p>}>
      <Show
        when={loaded()}
        fallback={
          <>
            <h1>{svMeeting.notFound}</h1>
            <p>
              <A href="/" class="standalone-link">
                {sv.app.backToList}
              </A>
            </p>
          </>
        }
      >
        {(editor) => (
          <MeetingEditorContext.Provider value={editor()}>
            <Switch>
              <Match when={editor().meeting.status === 'hallet'}>
                <HeldView />
              </Match>
              <Match when={!editor().meeting.attendanceDone}>
                <AttendanceView />
              </Match>
              <Match when={editor().meeting.attendanceDone}>
                <CircleView />
              </Match>
            </Switch>
          </MeetingEditorContext.Provider>
        )}
      </Show>
    </Show>
  );
}
