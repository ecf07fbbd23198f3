// A plan open for editing, shared with the plan's sections through context.
import { createContext, useContext } from 'solid-js';
import { reconcile } from 'solid-js/store';
import { localIsoDate } from '../domain/dates';
import { isReadOnly } from '../domain/lifecycle';
import type { Plan } from '../domain/plan';
import type { App } from '../app/shell';
import { createAutosavedStore } from './autosavedStore';

export function createPlanEditor(app: App, initial: Plan) {
  const { value, edit, setValue } = createAutosavedStore(initial, app.plans.autosave);
  /** A closed plan is read-only: its edits are refused here (and its screens disable their fields). */
  const guarded: typeof edit = (change) => {
    if (!isReadOnly(value.status)) edit(change);
  };
  /** Shows the plan as a command stored it (closing it, say): no edit, nothing to write. */
  const show = (stored: Plan) => setValue(reconcile(stored));
  return { plan: value, edit: guarded, show };
}

export type PlanEditor = ReturnType<typeof createPlanEditor>;

export const PlanEditorContext = createContext<PlanEditor>();

export function usePlanEditor(): PlanEditor {
  const editor = useContext(PlanEditorContext);
  if (!editor) throw new Error('usePlanEditor outside a plan');
  return editor;
}

export { newId } from '../app/ids';

export function today(): string {
  return localIsoDate(new Date());
}

/** Applies a change to the item with this id, if it is still in the list. */
export function changeById<T extends { id: string }>(list: T[], id: string, change: (item: T) => void): void {
  const item = list.find((x) => x.id === id);
  if (item) change(item);
}

/** Removes the item with this id from the list. */
export function removeById<T extends { id: string }>(list: T[], id: string): void {
  const index = list.findIndex((x) => x.id === id);
  if (index >= 0) list.splice(index, 1);
}
