// A list of repeatable items (representatives, questions, participants …), each in its own
// labelled group with a remove button, and an add button that moves focus to the new item.
import { For, Show, type JSX } from 'solid-js';

export function ItemList<T extends { id: string }>(props: {
  items: T[];
  empty: string;
  legend: (item: T, index: number) => string;
  removeLabel: string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (item: T, index: number) => void;
  /** Ask before removing an item that holds text. */
  confirmRemove?: (item: T, index: number) => string | null;
  children: (item: T, index: () => number) => JSX.Element;
}) {
  let listEl: HTMLOListElement | undefined;
  let addButton: HTMLButtonElement | undefined;
  const FIELD = 'input:not([type=checkbox]):not([type=radio]), textarea, select';

  function add() {
    props.onAdd();
    // Focus the first field of the new item, so the chair can type at once.
    queueMicrotask(() => listEl?.lastElementChild?.querySelector<HTMLElement>(FIELD)?.focus());
  }

  function remove(item: T, index: number) {
    const question = props.confirmRemove?.(item, index);
    if (question && !window.confirm(question)) return;
    props.onRemove(item, index);
    // The remove button is gone with its item: focus the item that took its place, else the add button.
    queueMicrotask(() => (listEl?.children[index]?.querySelector<HTMLElement>(FIELD) ?? addButton)?.focus());
  }

  return (
    <>
      <Show when={props.items.length > 0} fallback={<p class="empty">{props.empty}</p>}>
        <ol class="item-list" ref={listEl}>
          <For each={props.items}>
            {(item, index) => (
              <li>
                <fieldset class="item">
                  <legend>{props.legend(item, index())}</legend>
                  {props.children(item, index)}
                  <button type="button" class="secondary remove" onClick={() => remove(item, index())}>
                    {props.removeLabel}
                    <span class="visually-hidden"> {props.legend(item, index())}</span>
                  </button>
                </fieldset>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <button type="button" class="secondary add" ref={addButton} onClick={add}>
        + {props.addLabel}
      </button>
    </>
  );
}
