// While a meeting runs, every screen but the meeting itself says so and leads back to it in one tap.
// Read again on every change of screen: starting or holding a meeting always changes the screen.
import { useLocation } from '@solidjs/router';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { svLife } from '../../i18n/svLife';
import type { App } from '../../app/shell';
import { useApp } from '../appContext';

/** The running meeting changed last, if any meeting runs. A failed read shows no banner (and is logged). */
async function runningMeeting(app: App): Promise<string | undefined> {
  try {
    return (await app.meetings.running())[0]?.id;
  } catch (error) {
    console.warn(error);
    return undefined;
  }
}

export function RunningMeetingBanner() {
  const location = useLocation();
  const app = useApp();
  const onMeeting = () => location.pathname.startsWith('/mote/');
  const [running, setRunning] = createSignal<string | undefined>();
  // A new screen reads again (a plain signal, not a resource: the shell never waits for it); the
  // meeting screen itself reads nothing. Only the latest read counts.
  let reads = 0;
  createEffect(
    on(
      () => location.pathname,
      () => {
        if (onMeeting()) return;
        const read = ++reads;
        void runningMeeting(app).then((id) => read === reads && setRunning(id));
      },
    ),
  );
  return (
    <Show when={!onMeeting() && running()}>
      {(id) => (
        <nav class="running-meeting" aria-label={svLife.overview.runningBannerLabel}>
          <span>{svLife.overview.runningBanner}</span>
          <a href={`/mote/${id()}`} class="button">
            {svLife.overview.backToMeeting}
          </a>
        </nav>
      )}
    </Show>
  );
}
