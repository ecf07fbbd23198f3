// Small helpers shared by the meeting's capture tools.
import { createSignal, Show, type JSX } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Goal, Meeting } from '../../../domain/meeting';
import type { Participant, Plan } from '../../../domain/plan';
import { svCapture } from '../../../i18n/svCapture';

/** The name shown for an attendee: a substitute's own name, with whom they stand in for. */
export function attendeeName(meeting: Meeting, nameOf: (attendeeId: string) => string, attendeeId: string): string {
  const a = meeting.attendance.find((x) => x.attendeeId === attendeeId);
  const name = nameOf(attendeeId);
  if (a?.status === 'ersattare' && a.substituteName.trim()) return svCapture.common.substitute(a.substituteName.trim(), name);
  return name;
}

/** The person's first name for examples such as "Lisa kommer igång med arbetsträning". */
export function firstName(plan: Plan): string {
  return plan.person.name.trim().split(/\s+/u)[0] || svCapture.common.exampleName;
}

/** "Anna Berg – Socialtjänsten" */
export function participantLabel(p: Participant): string {
  return svCapture.common.withOrganisation(p.name.trim() || svCapture.common.unnamed, p.organisation.trim());
}

/** A participant select's options: none chosen first, then every participant of the plan. */
export function participantOptions(participants: Participant[], none: string): Record<string, string> {
  const options: Record<string, string> = { '': none };
  for (const p of participants) options[p.id] = participantLabel(p);
  return options;
}

/** A goal's number among the goals of the same term (1-based), as in the lists of Behov. */
export function goalNumber(goals: Goal[], goal: Goal): number {
  return goals.filter((g) => g.term === goal.term).findIndex((g) => g.id === goal.id) + 1;
}

/** A goal as it is named in selects and the summary: its text, or "Långsiktigt mål 2". */
export function goalLabel(goals: Goal[], goal: Goal): string {
  return goal.text.trim() || svCapture.needs.goalNumbered(goal.term, goalNumber(goals, goal));
}

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
