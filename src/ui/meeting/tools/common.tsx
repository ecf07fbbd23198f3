// The capture tools' "Ångra": removal without a confirmation dialog, undone in place.
import { createSignal, Show, type JSX } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Meeting } from '../../../domain/meeting';
import { svCapture } from '../../../i18n/svCapture';

/**
 * Removal without a confirmation dialog (nothing modal during the meeting): the item goes at once
 * and an inline "Ångra" puts it back where it was. Render `View` next to the list it serves.
 */
export function createUndo(): {
  remove: <T extends { id: string }>(
    edit: (change: (draft: Meeting) => void) => void,
    list: (draft: Meeting) => T[],
    item: T,
    name: string,
    alsoOnRemove?: (draft: Meeting) => void,
  ) => void;
  View: () => JSX.Element;
} {
  const [pending, setPending] = createSignal<{ message: string; restore: () => void } | null>(null);
  let box: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;

  function remove<T extends { id: string }>(
    edit: (change: (draft: Meeting) => void) => void,
    list: (draft: Meeting) => T[],
    item: T,
    name: string,
    alsoOnRemove?: (draft: Meeting) => void,
  ) {
    const copy = structuredClone(unwrap(item));
    let index = -1;
    edit((d) => {
      const items = list(d);
      index = items.findIndex((x) => x.id === copy.id);
      if (index >= 0) items.splice(index, 1);
      alsoOnRemove?.(d);
    });
    if (index < 0) return;
    setPending({
      message: svCapture.common.removed(name),
      restore: () =>
        edit((d) => {
          const items = list(d);
          if (!items.some((x) => x.id === copy.id)) items.splice(Math.min(index, items.length), 0, copy);
        }),
    });
    // The remove button is gone with its item: keep keyboard focus close by, on "Ångra".
    queueMicrotask(() => button?.focus());
  }

  function View() {
    return (
      <div class="undo" role="status" tabindex="-1" ref={box}>
        <Show when={pending()}>
          {(p) => (
            <>
              <span dir="auto">{p().message}</span>
              <button
                ref={button}
                type="button"
                class="secondary"
                onClick={() => {
                  p().restore();
                  setPending(null);
                  box?.focus();
                }}
              >
                {svCapture.common.undo}
              </button>
            </>
          )}
        </Show>
      </div>
    );
  }

  return { remove, View };
}
