// Typing into a field of the meeting (a note, a goal, an intervention's "Vad"): one command for
// every free-text field, addressed by where it is. A keystroke copies the meeting's top level and
// the one list and item it changes, nothing else; the screen writes the one field (textPath).
import type { Disagreement, Intervention, Meeting, Speaker } from './meeting';
import { withValueAt, type ValuePath } from './valuePath';

type TextKey<T> = { [K in keyof T]-?: T[K] extends string ? (K extends 'id' | 'attendeeId' | 'goalId' | 'interventionId' ? never : K) : never }[keyof T];

/** The intervention's free-text fields; who performs it and its goal are chosen (choose-performer, set-intervention-goal). */
export type InterventionTextField = Exclude<TextKey<Intervention>, 'performerKind' | 'participantId'>;

/** Where a free-text field is. */
export type TextTarget =
  | { at: 'meeting'; field: 'leadRole' | 'personWords' }
  | { at: 'followUp'; field: 'date' | 'startTime' | 'place' }
  | { at: 'phases'; id: string; field: 'notes' }
  | { at: 'speakers'; id: string; field: TextKey<Speaker> }
  | { at: 'goals'; id: string; field: 'text' }
  | { at: 'interventions'; id: string; field: InterventionTextField }
  | { at: 'ownActions'; id: string; field: 'text' }
  | { at: 'parked'; id: string; field: 'text' }
  | { at: 'disagreements'; id: string; field: TextKey<Disagreement> }
  | { at: 'attendance'; attendeeId: string; field: 'substituteName' }
  /** The row is made on the first keystroke when the attendee has none yet. */
  | { at: 'feedback'; attendeeId: string; field: 'comment' }
  | { at: 'review'; field: 'newInformation' }
  | { at: 'goalReviews'; goalId: string; field: 'comment' }
  | { at: 'interventionReviews'; interventionId: string; field: 'comment' };

/** A key of the meeting record, from its top down to a text: a field's name or a row's place. */
export type TextPath = ValuePath;

/** The path to `field` of the first row that `is` picks of the rows at `list`; undefined when none does. */
function rowField<T>(list: readonly string[], rows: readonly T[], is: (row: T) => boolean, field: string): TextPath | undefined {
  const index = rows.findIndex(is);
  return index < 0 ? undefined : [...list, index, field];
}

/**
 * Where the text at `target` is in the meeting record, as the keys that lead to it (`['goals', 2,
 * 'text']`); undefined when its row is not there (a removed item, no review, an attendee's first
 * word of feedback). A keystroke then writes that one field: setText below, and the screen's store.
 */
export function textPath(meeting: Meeting, target: TextTarget): TextPath | undefined {
  const review = meeting.review;
  switch (target.at) {
    case 'meeting':
      return [target.field];
    case 'followUp':
      return ['followUp', target.field];
    case 'phases':
    case 'speakers':
    case 'goals':
    case 'interventions':
    case 'ownActions':
    case 'parked':
    case 'disagreements': {
      const rows: readonly { id: string }[] = meeting[target.at];
      return rowField([target.at], rows, (row) => row.id === target.id, target.field);
    }
    case 'attendance':
    case 'feedback': {
      const rows: readonly { attendeeId: string }[] = meeting[target.at];
      return rowField([target.at], rows, (row) => row.attendeeId === target.attendeeId, target.field);
    }
    case 'review':
      return review ? ['review', target.field] : undefined;
    case 'goalReviews':
      return review ? rowField(['review', 'goals'], review.goals, (r) => r.goalId === target.goalId, target.field) : undefined;
    case 'interventionReviews':
      return review ? rowField(['review', 'interventions'], review.interventions, (r) => r.interventionId === target.interventionId, target.field) : undefined;
  }
}

/** The meeting with the text at `target` set to `value`; the same meeting when nothing changes or the target is gone. */
export function setText(meeting: Meeting, target: TextTarget, value: string): Meeting {
  const path = textPath(meeting, target);
  if (path) return withValueAt(meeting, path, value);
  // Feedback: the attendee's row is made by the first keystroke.
  if (target.at === 'feedback') return { ...meeting, feedback: [...meeting.feedback, { attendeeId: target.attendeeId, score: 0, comment: value }] };
  return meeting;
}
