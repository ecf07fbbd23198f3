// The meeting's lists as pure updates (see meetingCommands.ts): change one item by id, remove one,
// put one back where it was, move one a step. Each returns a new meeting that shares every part it
// did not change with the old one, or the same meeting when there was nothing to change, so that a
// keystroke costs one list, never the whole meeting.
import { moveItem, type Meeting } from './meeting';

/** The lists the chair adds to, removes from (with "Ångra") and reorders during the meeting. */
export type ListName = 'speakers' | 'goals' | 'interventions' | 'ownActions' | 'parked' | 'disagreements';
export const LIST_NAMES: readonly ListName[] = ['speakers', 'goals', 'interventions', 'ownActions', 'parked', 'disagreements'];

export type ListItem<L extends ListName> = Meeting[L][number];

/** The lists whose items have an id: the phases too. */
type IdList = ListName | 'phases';

/** The meeting with one of its lists replaced. */
export function withList<L extends IdList>(meeting: Meeting, list: L, items: Meeting[L]): Meeting {
  return { ...meeting, [list]: items };
}

/**
 * The meeting with the item `id` of `list` replaced by change(item); the same meeting when there
 * is no such item or change returns the item itself.
 */
export function changeItem<L extends IdList>(meeting: Meeting, list: L, id: string, change: (item: Meeting[L][number]) => Meeting[L][number]): Meeting {
  const items = meeting[list] as Meeting[L][number][];
  const index = items.findIndex((x) => x.id === id);
  if (index < 0) return meeting;
  const before = items[index] as Meeting[L][number];
  const after = change(before);
  if (after === before) return meeting;
  const next = [...items];
  next[index] = after;
  return withList(meeting, list, next as Meeting[L]);
}

/** The meeting with `item` added at the end of `list`. */
export function addItem<L extends ListName>(meeting: Meeting, list: L, item: ListItem<L>): Meeting {
  return withList(meeting, list, [...(meeting[list] as ListItem<L>[]), item] as Meeting[L]);
}

/** The meeting without the item `id` of `list`; the same meeting when it is not there. */
export function removeItem(meeting: Meeting, list: ListName, id: string): Meeting {
  const items = meeting[list] as { id: string }[];
  if (!items.some((x) => x.id === id)) return meeting;
  return withList(meeting, list, items.filter((x) => x.id !== id) as Meeting[typeof list]);
}

/**
 * The meeting with `item` put back into `list` at `index` (at the end when the list has become
 * shorter): what "Ångra" does after a removal. The same meeting when an item with its id is there.
 */
export function restoreItem<L extends ListName>(meeting: Meeting, list: L, item: ListItem<L>, index: number): Meeting {
  const items = meeting[list] as ListItem<L>[];
  if (items.some((x) => x.id === item.id)) return meeting;
  const at = Math.max(0, Math.min(Number.isInteger(index) ? index : items.length, items.length));
  return withList(meeting, list, [...items.slice(0, at), item, ...items.slice(at)] as Meeting[L]);
}

/** The meeting with the item `id` of `list` one step up (-1) or down (+1); the same meeting when it cannot move. */
export function moveListItem(meeting: Meeting, list: ListName, id: string, step: -1 | 1): Meeting {
  const items = meeting[list] as { id: string }[];
  const moved = moveItem(
    items,
    items.findIndex((x) => x.id === id),
    step,
  );
  return moved === items ? meeting : withList(meeting, list, moved as Meeting[typeof list]);
}
