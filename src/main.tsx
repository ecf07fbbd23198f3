import { lazy } from 'solid-js';
import { render } from 'solid-js/web';
import { requestPersistentStorage } from './pwa/storagePersistence';
import { bootShell } from './app/shell';
import { afterFirstPaint } from './ui/afterFirstPaint';
import { ShellContext } from './ui/appContext';
import { flushOnHide, setSaveState } from './ui/autosave';
import { watchUnexpected } from './ui/failures';
import { Gate } from './ui/lock/Gate';
import { lockNow, startLockSession } from './ui/lock/lockSession';
import { claimWindow } from './ui/window/oneWindow';
import { svLock } from './i18n/svLock';
import { startServiceWorker } from './ui/components/UpdatePrompt';
import './ui/styles.css';

/** The room view's address ("Visa för rummet" → "Öppna i nytt fönster"). */
const ROOM_PATH = '/rum';

// The first screen is the lock: the app itself (router and screens) is a chunk of its own.
const loadApp = () => import('./ui/App');
const App = lazy(loadApp);

// A page restored from the back/forward cache would come back exactly as it was left, unlocked
// and showing a plan if it was. Reload it instead: a reload always starts locked, and unlocking
// returns to the same screen. (The cached page lives only in memory and is dropped by the reload.)
window.addEventListener('pageshow', (event) => {
  if (event.persisted) location.reload();
});

/** How long a start may wait for the window lock before it says why the page is empty. */
const CHECKING_SHOWN_AFTER_MS = 300;

/** Shows, in plain DOM (no screen is rendered yet), that the window is waiting to learn whether it is the app. */
function showChecking(root: HTMLElement): void {
  const main = document.createElement('main');
  main.id = 'main';
  main.className = 'lock-screen';
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.textContent = svLock.checkingWindows;
  main.append(text);
  root.replaceChildren(main);
}

async function start() {
  watchUnexpected();
  // The room view (a second screen): no lock, no storage, no app; it shows only what the chair's
  // meeting screen sends it (src/ui/room/RoomPage.tsx).
  if (location.pathname === ROOM_PATH) {
    const { default: RoomPage } = await import('./ui/room/RoomPage');
    render(() => <RoomPage />, document.getElementById('app')!);
    return;
  }
  const root = document.getElementById('app')!;
  // Another window of the app is the one that edits: say so, and offer to take over. Finding that
  // out takes up to 2 s (oneWindow.ts): if it takes more than a moment, the page says what it does.
  const checking = setTimeout(() => showChecking(root), CHECKING_SHOWN_AFTER_MS);
  const editing = await claimWindow();
  clearTimeout(checking);
  if (!editing.held) {
    const { ElsewhereNotice } = await import('./ui/window/ElsewhereNotice');
    root.replaceChildren();
    render(() => <ElsewhereNotice moved={false} />, root);
    return;
  }
  const shell = bootShell({ onSaveState: setSaveState });
  // Opening the app at its start page resumes the screen the chair was on.
  if (location.pathname === '/') {
    const last = await shell.settings.lastRoute();
    if (last && last !== '/') history.replaceState(null, '', last);
  }
  flushOnHide(shell.flush);
  await startLockSession(shell);
  root.replaceChildren();
  const dispose = render(
    () => (
      <ShellContext.Provider value={shell}>
        <Gate>
          <App />
        </Gate>
      </ShellContext.Provider>
    ),
    root,
  );
  // Another window takes over: everything typed here is written and the key let go first.
  editing.onTakeOver(async () => {
    const notice = import('./ui/window/ElsewhereNotice');
    await lockNow();
    await shell.flush();
    dispose();
    const { ElsewhereNotice } = await notice;
    render(() => <ElsewhereNotice moved />, root);
  });
  // Once the first screen is visible, and while the chair types the passcode: the storage (Dexie,
  // the vault) with the database opened, the app behind the lock (its screens and commands), and
  // the service worker. Unlocking awaits whatever of it has not arrived yet.
  afterFirstPaint(() => {
    Promise.all([shell.prepare(), shell.commands(), loadApp()])
      // Lets `npm run bench` time the unlock from when everything it needs is there.
      .then(() => performance.mark('sip:app-loaded'))
      .catch((error: unknown) => console.error('loading the app behind the lock failed', error));
    startServiceWorker();
  });
  void requestPersistentStorage();
}

void start();
