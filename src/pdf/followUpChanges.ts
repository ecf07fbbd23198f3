// What a follow-up changed in the plan, as the follow-up's copies print it: the version the
// follow-up reviewed compared with the version it fixed, by the one comparison the app has
// (diffVersions in src/domain/versions.ts), put in the words of i18n/svFollowUp.ts: "Förut: …"
// after a changed goal or intervention field, "Borttaget: what, who" for a removed intervention,
// and the plain sentences of the person's easy copy on how each goal went and what happens now.
import type { Goal, Intervention, Meeting } from '../domain/meeting';
import { diffVersions, type PlanVersion, type VersionDiff } from '../domain/versions';
import { svFollowUp } from '../i18n/svFollowUp';

export interface InterventionChange {
  /** "Hur ofta: två gånger i veckan. Förut: en gång i veckan", or "Förut: <old what>". */
  text: string;
}

/** How the copies name an intervention's parts: the responsible ("Anna Berg (Arbetsförmedlingen)"), a goal, a date. */
export interface ChangeWords {
  responsible: (i: Intervention) => string;
  /** A goal of `meeting` by its id, e.g. "Kortsiktigt mål 1". */
  goal: (meeting: Meeting, goalId: string) => string;
  date: (isoDate: string) => string;
  notGiven: string;
}

export interface FollowUpChanges {
  diff: VersionDiff;
  /** The goal's text before the follow-up when the follow-up changed it; null otherwise. */
  goalBefore: (goalId: string) => string | null;
  /** A goal the follow-up removed, as the reviewed version had it. */
  removedGoal: (goalId: string) => Goal | undefined;
  /** An intervention the follow-up removed, as the reviewed version had it. */
  removedIntervention: (id: string) => Intervention | undefined;
  /** What the follow-up changed in an intervention, each with its old value; [] when nothing. */
  interventionChanges: (id: string) => string[];
}

/**
 * The version a follow-up reviewed (its review's version; otherwise the one before), from the
 * plan's versions: what the follow-up's copies compare with.
 */
export function reviewedVersion(versions: PlanVersion[], version: PlanVersion): PlanVersion | undefined {
  const of = version.meeting.review?.ofVersion ?? version.number - 1;
  return versions.find((v) => v.number === of && v.id !== version.id);
}

/** The changes from `previous` to the meeting; none when there is no previous version to compare with. */
export function followUpChanges(
  previous: PlanVersion | undefined,
  current: { plan: PlanVersion['plan']; meeting: Meeting; version: number },
  words: ChangeWords,
): FollowUpChanges {
  const empty = { added: [], removed: [], changed: [] };
  const diff: VersionDiff = previous
    ? diffVersions(previous, { ...previous, id: `${previous.planId}:${current.version}`, number: current.version, plan: current.plan, meeting: current.meeting })
    : { goals: empty, interventions: empty };
  const value = (text: string) => text.trim() || words.notGiven;
  return {
    diff,
    goalBefore: (goalId) => {
      const c = diff.goals.changed.find((x) => x.after.id === goalId);
      return c && c.fields.includes('text') ? value(c.before.text) : null;
    },
    removedGoal: (goalId) => diff.goals.removed.find((g) => g.id === goalId),
    removedIntervention: (id) => diff.interventions.removed.find((i) => i.id === id),
    interventionChanges: (id) => {
      const c = diff.interventions.changed.find((x) => x.after.id === id);
      if (!c || !previous) return [];
      const { before, after } = c;
      const f = svFollowUp.fields;
      const lines: string[] = [];
      const field = (label: string, now: string, was: string) => lines.push(svFollowUp.changedField(label, value(now), value(was)));
      if (c.fields.includes('what')) lines.push(svFollowUp.was(value(before.what)));
      if (c.fields.includes('goalId')) field(f.goalId, words.goal(current.meeting, after.goalId), words.goal(previous.meeting, before.goalId));
      if (c.fields.some((x) => x === 'performerKind' || x === 'participantId' || x === 'performerName' || x === 'organisation')) {
        const [now, was] = [words.responsible(after), words.responsible(before)];
        if (now !== was) field(f.performer, now, was);
      }
      if (c.fields.includes('startDate')) field(f.startDate, words.date(after.startDate), words.date(before.startDate));
      if (c.fields.includes('when')) field(f.when, after.when, before.when);
      if (c.fields.includes('frequency')) field(f.frequency, after.frequency, before.frequency);
      if (c.fields.includes('where')) field(f.where, after.where, before.where);
      return lines;
    },
  };
}
