// The app behind its lock: the passcode screens until unlocked, then the app itself, created anew
// on each unlock (so no screen keeps a decrypted plan while locked). A cover hides the page
// whenever it is not visible, and a warning comes before the idle lock.
import { lazy, Match, Show, Switch, type JSX } from 'solid-js';
import { svShell } from '../../i18n/svShell';
import { svLock } from '../../i18n/svLock';
import { IdleWarning } from './IdleWarning';
import LockScreen from './LockScreen';
import { covered, lockPhase } from './lockSession';

// Shown once a device, so not in the first screen's bundle.
const PasscodeSetup = lazy(() => import('./PasscodeSetup'));

export function Gate(props: { children: JSX.Element }) {
  return (
    <>
      <Switch>
        <Match when={lockPhase() === 'unlocked'}>
          {props.children}
          <IdleWarning />
        </Match>
        <Match when={lockPhase() === 'new'}>
          <PasscodeSetup />
        </Match>
        <Match when={lockPhase() === 'locked'}>
          <LockScreen />
        </Match>
        <Match when={lockPhase() === 'unavailable'}>
          <main id="main" class="lock-screen">
            <h1>{svShell.app.name}</h1>
            <p class="error" role="alert">
              {svLock.unavailable}
            </p>
          </main>
        </Match>
      </Switch>
      <Show when={covered()}>
        <div class="privacy-cover" aria-hidden="true">
          <p>{svShell.app.name}</p>
          <p>{svLock.coverText}</p>
        </div>
      </Show>
    </>
  );
}
