// The capture tools' "Ångra": removal without a confirmation dialog, undone in place.
import { createSignal, Show, type JSX } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { ListItem, ListName, RestoreItemCommand } from '../../../domain/meetingCommands';
import { svCapture } from '../../../i18n/svCapture';
import { useMeetingEditor } from '../../meetingEditor';

/**
 * Removal without a confirmation dialog (nothing modal during the meeting): the item goes at once
 * (remove-item) and an inline "Ångra" puts it back where it was (restore-item). Render `View` next
 * to the list it serves.
 */
export function createUndo(): {
  remove: <L extends ListName>(list: L, item: ListItem<L>, name: string) => void;
  View: () => JSX.Element;
} {
  const { meeting, dispatch, settle } = useMeetingEditor();
  const [pending, setPending] = createSignal<{ message: string; name: string; restore: () => void } | null>(null);
  /** What "Ångra" put back: said where focus stays, so it lands on words, not on an empty box. */
  const [restored, setRestored] = createSignal('');
  let box: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;

  function remove<L extends ListName>(list: L, item: ListItem<L>, name: string) {
    settle();
    const copy = structuredClone(unwrap(item));
    const index = (meeting[list] as { id: string }[]).findIndex((x) => x.id === copy.id);
    if (index < 0 || !dispatch({ type: 'remove-item', list, id: copy.id })) return;
    const restore = { type: 'restore-item', list, item: copy, index } as RestoreItemCommand;
    setRestored('');
    setPending({ message: svCapture.common.removed(name), name, restore: () => void dispatch(restore) });
    // The remove button is gone with its item: keep keyboard focus close by, on "Ångra".
    queueMicrotask(() => button?.focus());
  }

  function View() {
    return (
      <div class="undo" role="status" tabindex="-1" ref={box}>
        <Show when={restored()}>
          <span dir="auto">{restored()}</span>
        </Show>
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
                  setRestored(svCapture.common.restored(p().name));
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
