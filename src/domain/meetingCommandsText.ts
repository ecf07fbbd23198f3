// Typing into a field of the meeting (a note, a goal, an intervention's "Vad"): one command for
// every free-text field, addressed by where it is. A keystroke copies the meeting's top level and
// the one list and item it changes, nothing else (see meetingCommandsLists.ts).
import type { Disagreement, Intervention, Meeting, Speaker } from './meeting';
import { changeItem } from './meetingCommandsLists';

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

/** A copy of `item` with `field` set, or the item itself when it already holds `value`. */
function withText<T extends object>(item: T, field: keyof T, value: string): T {
  return item[field] === value ? item : { ...item, [field]: value };
}

/** Replaces the first row of `rows` that `is` picks; null when none does. */
function changeRow<T>(rows: readonly T[], is: (row: T) => boolean, change: (row: T) => T): T[] | null {
  const index = rows.findIndex(is);
  if (index < 0) return null;
  const before = rows[index] as T;
  const after = change(before);
  if (after === before) return rows as T[];
  const next = [...rows];
  next[index] = after;
  return next;
}

/** The meeting with the text at `target` set to `value`; the same meeting when nothing changes or the target is gone. */
export function setText(meeting: Meeting, target: TextTarget, value: string): Meeting {
  switch (target.at) {
    case 'meeting':
      return meeting[target.field] === value ? meeting : { ...meeting, [target.field]: value };
    case 'followUp': {
      const followUp = withText(meeting.followUp, target.field, value);
      return followUp === meeting.followUp ? meeting : { ...meeting, followUp };
    }
    case 'phases':
      return changeItem(meeting, 'phases', target.id, (p) => withText(p, target.field, value));
    case 'speakers':
      return changeItem(meeting, 'speakers', target.id, (s) => withText(s, target.field, value));
    case 'goals':
      return changeItem(meeting, 'goals', target.id, (g) => withText(g, target.field, value));
    case 'interventions':
      return changeItem(meeting, 'interventions', target.id, (i) => withText(i, target.field, value));
    case 'ownActions':
      return changeItem(meeting, 'ownActions', target.id, (a) => withText(a, target.field, value));
    case 'parked':
      return changeItem(meeting, 'parked', target.id, (p) => withText(p, target.field, value));
    case 'disagreements':
      return changeItem(meeting, 'disagreements', target.id, (d) => withText(d, target.field, value));
    case 'attendance': {
      const attendance = changeRow(
        meeting.attendance,
        (a) => a.attendeeId === target.attendeeId,
        (a) => withText(a, target.field, value),
      );
      return attendance === null || attendance === meeting.attendance ? meeting : { ...meeting, attendance };
    }
    case 'feedback': {
      const feedback = changeRow(
        meeting.feedback,
        (f) => f.attendeeId === target.attendeeId,
        (f) => withText(f, target.field, value),
      ) ?? [...meeting.feedback, { attendeeId: target.attendeeId, score: 0, comment: value }];
      return feedback === meeting.feedback ? meeting : { ...meeting, feedback };
    }
    case 'review': {
      const review = meeting.review;
      if (review === null || review[target.field] === value) return meeting;
      return { ...meeting, review: { ...review, [target.field]: value } };
    }
    case 'goalReviews': {
      const review = meeting.review;
      const goals =
        review &&
        changeRow(
          review.goals,
          (r) => r.goalId === target.goalId,
          (r) => withText(r, target.field, value),
        );
      return !review || !goals || goals === review.goals ? meeting : { ...meeting, review: { ...review, goals } };
    }
    case 'interventionReviews': {
      const review = meeting.review;
      const interventions =
        review &&
        changeRow(
          review.interventions,
          (r) => r.interventionId === target.interventionId,
          (r) => withText(r, target.field, value),
        );
      return !review || !interventions || interventions === review.interventions ? meeting : { ...meeting, review: { ...review, interventions } };
    }
  }
}
