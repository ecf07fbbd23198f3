// Bench-only baseline for "keystroke → sealed and committed": on each input event the bench
// meeting (the same record the app stores, bench/fixtures.ts) takes the textarea's text as its
// goal, is sealed with AES-GCM-256 and put in IndexedDB in one transaction: no framework, no
// rendering beyond the textarea itself. The title is "ready" once the key and database are open.
import { benchMeeting } from './fixtures';
import { newKey, openDatabase, put, seal } from './bare';

async function start(): Promise<void> {
  const key = await newKey();
  const db = await openDatabase(['meetings']);
  const { meeting } = benchMeeting(new Date());
  const { id, planId, status, updatedAt, ...data } = meeting;
  const goal = document.getElementById('goal') as HTMLTextAreaElement;
  goal.value = meeting.goals[0]!.text;
  goal.addEventListener('input', () => {
    meeting.goals[0]!.text = goal.value;
    // The content is read in the input task, as the app's autosave does; only encryption waits.
    void seal(key, 'meetings', id, { ...data, goals: meeting.goals }).then((sealed) => put(db, 'meetings', { id, planId, status, updatedAt, format: 2, sealed }));
  });
  document.title = 'ready';
}

start().catch((error: unknown) => {
  document.title = `failed: ${error instanceof Error ? error.message : String(error)}`;
});
