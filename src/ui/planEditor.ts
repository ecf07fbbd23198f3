// A plan open for editing, shared with the plan's sections through context.
import { createContext, useContext } from 'solid-js';
import { localIsoDate } from '../domain/dates';
import { isReadOnly } from '../domain/lifecycle';
import type { Plan } from '../domain/plan';
import { plans } from '../storage';
import { createAutosavedStore } from './autosavedStore';

export function createPlanEditor(initial: Plan) {
  const { value, edit } = createAutosavedStore('plan', initial, plans.prepareWrite);
  /** A closed plan is read-only: its edits are refused here (and its screens disable their fields). */
  const guarded: typeof edit = (change) => {
    if (!isReadOnly(value.status)) edit(change);
  };
  return { plan: value, edit: guarded };
}

export type PlanEditor = ReturnType<typeof createPlanEditor>;

export const PlanEditorContext = createContext<PlanEditor>();

export function usePlanEditor(): PlanEditor {
  const editor = useContext(PlanEditorContext);
  if (!editor) throw new Error('usePlanEditor outside a plan');
  return editor;
}

export function newId(): string {
  return crypto.randomUUID();
}

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
