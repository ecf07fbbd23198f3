// How failures look: beside the button that failed, for a screen that could not be shown, and for
// anything else that went wrong.
import { createEffect, on, onMount, Show } from 'solid-js';
import { useLocation } from '@solidjs/router';
import { svErrors } from '../../i18n/svErrors';
import { useShell } from '../appContext';
import { dismissUnexpected, unexpected } from '../failures';

/** The failure of an action (see failures.ts), said where the chair pressed. */
export function ActionFailed(props: { action: { failed: () => boolean }; text?: string }) {
  return (
    <Show when={props.action.failed()}>
      <p class="error" role="alert">
        {props.text ?? svErrors.action}
      </p>
    </Show>
  );
}

/** Reloads the app once every edit is written, or after the chair agrees to lose what is not. */
async function reloadApp(flush: () => Promise<boolean>): Promise<void> {
  if ((await flush()) || window.confirm(svErrors.screen.reloadUnsaved)) location.reload();
}

/** What the error boundary shows instead of a screen that failed; leaving for another screen tries again. */
export function ScreenFailed(props: { error: unknown; reset: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  const location = useLocation();
  const app = useShell();
  onMount(() => {
    console.error(props.error);
    heading?.focus();
  });
  createEffect(
    on(
      () => location.pathname,
      () => props.reset(),
      { defer: true },
    ),
  );
  return (
    <div class="screen-failed" role="alert">
      <h1 tabindex="-1" ref={heading}>
        {svErrors.screen.heading}
      </h1>
      <p>{svErrors.screen.text}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => props.reset()}>
          {svErrors.screen.retry}
        </button>
        <button type="button" class="secondary" onClick={() => void reloadApp(app.flush)}>
          {svErrors.screen.reload}
        </button>
      </div>
    </div>
  );
}

/** Anything that failed outside a screen or an action. */
export function UnexpectedFailure() {
  const app = useShell();
  return (
    <Show when={unexpected()}>
      <div class="banner banner--warning unexpected-failure" role="alert">
        <p>{svErrors.unexpected.text}</p>
        <button type="button" class="secondary" onClick={dismissUnexpected}>
          {svErrors.unexpected.dismiss}
        </button>
        <button type="button" class="secondary" onClick={() => void reloadApp(app.flush)}>
          {svErrors.screen.reload}
        </button>
      </div>
    </Show>
  );
}
