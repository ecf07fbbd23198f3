// Failures are said, never swallowed. A button that writes runs as an action: it is disabled while
// it runs, and a failure is said beside it and leaves it usable. Anything that fails outside an
// action (an unhandled rejection, an uncaught error) is logged and shown in the header's alert.
import { createSignal } from 'solid-js';

const [unexpected, setUnexpected] = createSignal(false);
export { unexpected };

export function reportUnexpected(error: unknown): void {
  console.error(error);
  setUnexpected(true);
}

export function dismissUnexpected(): void {
  setUnexpected(false);
}

/** Logs and shows what nothing else caught. */
export function watchUnexpected(): void {
  addEventListener('unhandledrejection', (event) => reportUnexpected(event.reason));
  addEventListener('error', (event) => reportUnexpected(event.error ?? event.message));
}

/**
 * An async action behind a button: `busy` while it runs, `failed` after it threw, until the next
 * run. A button's second press while it runs is ignored; a setting (`exclusive: false`) runs every
 * change, each one said if it fails.
 */
export function createAction<A extends unknown[]>(run: (...args: A) => Promise<unknown>, options: { exclusive?: boolean } = {}) {
  const exclusive = options.exclusive ?? true;
  const [running, setRunning] = createSignal(0);
  const [failed, setFailed] = createSignal(false);
  return {
    busy: () => running() > 0,
    failed,
    async run(...args: A): Promise<void> {
      if (exclusive && running() > 0) return;
      setRunning((n) => n + 1);
      setFailed(false);
      try {
        await run(...args);
      } catch (error) {
        console.error(error);
        setFailed(true);
      } finally {
        setRunning((n) => n - 1);
      }
    },
  };
}

export type Action = ReturnType<typeof createAction>;
