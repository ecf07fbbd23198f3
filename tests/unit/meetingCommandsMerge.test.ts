// The screen's side of a command: mergeShared writes into the store only what the command changed,
// rows keeping their identity, and the store ends equal to the meeting apply returned.
import { describe, it, expect } from 'vitest';
import { createMemo, createRoot } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import { newMeeting, PERSON_ID, type Meeting } from '../../src/domain/meeting';
import { apply, type MeetingCommand } from '../../src/domain/meetingCommands';
import { textPath, type TextTarget } from '../../src/domain/meetingCommandsText';
import { valueAt, type ValuePath } from '../../src/domain/valuePath';
import { newParticipant, newPlan } from '../../src/domain/plan';
import { SIP_CIRCLE } from '../../src/i18n/meetingTemplates';
import { createAutosavedStore } from '../../src/ui/autosavedStore';
import { mergeShared } from '../../src/ui/meeting/mergeShared';

const t0 = Date.UTC(2026, 10, 23, 9, 0);
const M = 60_000;

type Row = Record<string, unknown>;

function meeting(): Meeting {
  const plan = newPlan('plan-1', new Date(t0));
  plan.person.name = 'Lisa';
  plan.participants = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ ...newParticipant(id), name: id.toUpperCase(), invitation: 'bekraftad' as const }));
  let n = 0;
  const newId = () => `s-${++n}`;
  const m = newMeeting({ id: 'm-1', plan, template: SIP_CIRCLE, kind: 'sip', minutes: 60, now: new Date(t0), newId });
  let next = apply(m, { type: 'set-attendance', attendeeId: PERSON_ID, status: 'narvarande' }, t0);
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) next = apply(next, { type: 'set-attendance', attendeeId: id, status: 'narvarande' }, t0);
  next = apply(next, { type: 'open-circle', nameOf: (id) => id, newId }, t0);
  for (let i = 0; i < 20; i++) next = apply(next, { type: 'add-intervention', id: `i-${i}`, goalId: '' }, t0);
  return next;
}

/** A draft that records the paths written (set or deleted) into a copy of `state`. */
function recordingDraft(state: Row, writes: string[], path = ''): Row {
  return new Proxy(state, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'object' && value !== null ? recordingDraft(value as Row, writes, `${path}${String(key)}.`) : value;
    },
    set(target, key, value) {
      writes.push(`${path}${String(key)}`);
      return Reflect.set(target, key, value);
    },
    deleteProperty(target, key) {
      writes.push(`delete ${path}${String(key)}`);
      return Reflect.deleteProperty(target, key);
    },
  });
}

/** The paths written when a command is merged into a plain copy of `before`; the copy must end equal to apply's result. */
function writesOf(before: Meeting, command: MeetingCommand, now: number): string[] {
  const after = apply(before, command, now);
  const state = structuredClone(before) as unknown as Row;
  const writes: string[] = [];
  mergeShared(recordingDraft(state, writes), before as unknown as Row, after as unknown as Row);
  expect(state).toEqual(after);
  return writes;
}

describe('mergeShared', () => {
  it('writes a keystroke as that one field and the stamp', () => {
    const m = meeting();
    expect(writesOf(m, { type: 'set-text', target: { at: 'speakers', id: 's-3', field: 'note' }, value: 'Hej' }, t0 + M)).toEqual(['updatedAt', 'speakers.2.note']);
    expect(writesOf(m, { type: 'set-text', target: { at: 'interventions', id: 'i-17', field: 'what' }, value: 'Stöd' }, t0 + M)).toEqual([
      'updatedAt',
      'interventions.17.what',
    ]);
  });

  it('writes the clock fields a phase move changes', () => {
    const writes = writesOf(meeting(), { type: 'next-phase' }, t0 + 5 * M);
    expect(writes).toEqual(['updatedAt', 'clock.phase.current', 'clock.phase.since', 'clock.phase.spent.inledning']);
  });

  it('deletes a field the command took away', () => {
    const m = { ...apply(meeting(), { type: 'toggle-pause' }, t0 + M), pausedUnattendedAt: t0 + M };
    expect(writesOf(m, { type: 'resume' }, t0 + 2 * M)).toContain('delete pausedUnattendedAt');
  });

  it('keeps the rows of a list when one is added, removed or moved', () => {
    const m = meeting();
    const [store, setStore] = createStore(structuredClone(m));
    const rowsBefore = [...unwrap(store).speakers];
    let current = structuredClone(unwrap(store));
    for (const command of [
      { type: 'move-item', list: 'speakers', id: 's-2', step: 1 },
      { type: 'remove-item', list: 'speakers', id: 's-5' },
      { type: 'add-speaker', id: 'new' },
      { type: 'set-text', target: { at: 'speakers', id: 's-1', field: 'note' }, value: 'x' },
    ] satisfies MeetingCommand[]) {
      const before = unwrap(store);
      const after = apply(before, command, t0 + M);
      setStore(produce((draft) => mergeShared(draft as unknown as Row, before as unknown as Row, after as unknown as Row)));
      current = apply(current, command, t0 + M);
      expect(unwrap(store)).toEqual(current);
    }
    const rowsAfter = unwrap(store).speakers;
    expect(rowsAfter.map((s) => s.id)).toEqual(['s-1', 's-3', 's-2', 's-4', 's-6', 's-7', 'new']);
    // The rows that stayed are the same objects (the same rows on screen, the cursor kept in them).
    for (const row of rowsAfter.filter((s) => s.id !== 'new')) expect(rowsBefore).toContain(row);
  });
});

describe('a keystroke on screen (textPath)', () => {
  /** The meeting with a review, a feedback row and one of every list row, so that every kind of text has a place. */
  function full(): Meeting {
    let m = meeting();
    for (const command of [
      { type: 'add-goal', id: 'g-1', term: 'lang' },
      { type: 'add-own-action', id: 'o-1' },
      { type: 'add-parked', id: 'p-1' },
      { type: 'add-disagreement', id: 'd-1' },
      { type: 'set-text', target: { at: 'feedback', attendeeId: 'a', field: 'comment' }, value: 'Bra' },
    ] as MeetingCommand[])
      m = apply(m, command, t0);
    return m;
  }

  const targets: TextTarget[] = [
    { at: 'meeting', field: 'personWords' },
    { at: 'followUp', field: 'place' },
    { at: 'phases', id: 'behov', field: 'notes' },
    { at: 'speakers', id: 's-3', field: 'note' },
    { at: 'goals', id: 'g-1', field: 'text' },
    { at: 'interventions', id: 'i-7', field: 'what' },
    { at: 'ownActions', id: 'o-1', field: 'text' },
    { at: 'parked', id: 'p-1', field: 'text' },
    { at: 'disagreements', id: 'd-1', field: 'between' },
    { at: 'attendance', attendeeId: 'b', field: 'substituteName' },
    { at: 'feedback', attendeeId: 'a', field: 'comment' },
  ];

  it('points at the one field that apply changes, and the store set there equals what apply returns', async () => {
    const m = full();
    for (const target of targets) {
      const path = textPath(m, target);
      expect(path, JSON.stringify(target)).toBeDefined();
      const after = apply(m, { type: 'set-text', target, value: 'Nytt ord' }, t0 + M);
      expect(valueAt(after, path!)).toBe('Nytt ord');
      await typing(m, async ({ editAt, shown, saved, stored, seal }) => {
        expect(editAt(path!, 'Nytt ord')).toBe(true);
        // Autosave was handed the meeting with the keystroke, stamped; the store's own record is
        // as it was, and the screen hears of the keystroke once the record is sealed.
        expect(saved).toEqual([{ ...after, updatedAt: saved[0]!.updatedAt }]);
        expect(saved[0]!.updatedAt > m.updatedAt).toBe(true);
        expect(stored()).toEqual(m);
        expect(shown(path!)).toBe(valueAt(m, path!));
        await seal(0);
        expect(stored()).toEqual(saved[0]);
        expect(shown(path!)).toBe('Nytt ord');
      });
    }
  });

  it('has no path where the row is not there: apply then adds it (feedback) or changes nothing', () => {
    const m = meeting();
    expect(textPath(m, { at: 'goals', id: 'no-such-goal', field: 'text' })).toBeUndefined();
    expect(textPath(m, { at: 'review', field: 'newInformation' })).toBeUndefined();
    const feedback: TextTarget = { at: 'feedback', attendeeId: 'c', field: 'comment' };
    expect(textPath(m, feedback)).toBeUndefined();
    expect(apply(m, { type: 'set-text', target: feedback, value: 'Tack' }, t0).feedback).toEqual([{ attendeeId: 'c', score: 0, comment: 'Tack' }]);
  });
});

/**
 * A store over `initial` whose records autosave seals when the test says (`seal(i)` settles the
 * i-th save and waits for what follows it), with what autosave was handed and what the screen
 * shows (a memo per path).
 */
async function typing(
  initial: Meeting,
  run: (s: {
    editAt: (path: ValuePath, text: string) => boolean;
    settle: () => void;
    edit: (change: (m: Meeting) => void) => void;
    shown: (path: ValuePath) => unknown;
    saved: Meeting[];
    stored: () => Meeting;
    seal: (i: number) => Promise<void>;
  }) => Promise<void>,
): Promise<void> {
  const saved: Meeting[] = [];
  const sealings: { promise: Promise<void>; resolve: () => void }[] = [];
  await createRoot(async (dispose) => {
    const { value, editAt, settle, edit } = createAutosavedStore(structuredClone(initial), (v) => {
      saved.push(structuredClone(v));
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      sealings.push({ promise, resolve });
      return promise;
    });
    const memos = new Map<string, () => unknown>();
    const shown = (path: ValuePath) => {
      const key = path.join('.');
      if (!memos.has(key))
        memos.set(
          key,
          createMemo(() => valueAt(value, path)),
        );
      return memos.get(key)!();
    };
    const seal = async (i: number) => {
      sealings[i]!.resolve();
      // Registered after the store's own reaction: runs once the store has heard.
      await sealings[i]!.promise;
    };
    try {
      await run({ editAt, settle, edit, shown, saved, stored: () => unwrap(value), seal });
    } finally {
      dispose();
    }
  });
}

describe('keystrokes the store has not heard of yet (createAutosavedStore)', () => {
  it('tells the screen the newest text of the field once a record is sealed, and never an older text after it', async () => {
    await typing(meeting(), async ({ editAt, shown, saved, stored, seal }) => {
      const notes = ['phases', 2, 'notes'];
      expect(shown(notes)).toBe('');
      expect(editAt(notes, 'H')).toBe(true);
      expect(editAt(notes, 'He')).toBe(true);
      expect(editAt(notes, 'Hej')).toBe(true);
      // Every keystroke was handed to autosave as it came; the screen has heard of none yet.
      expect(saved.map((m) => m.phases[2]!.notes)).toEqual(['H', 'He', 'Hej']);
      expect(shown(notes)).toBe('');
      // The first record sealed tells the screen the newest text, and the later ones keep it.
      await seal(0);
      expect(shown(notes)).toBe('Hej');
      expect(stored().updatedAt).toBe(saved[2]!.updatedAt);
      await seal(2);
      await seal(1);
      expect(shown(notes)).toBe('Hej');
      // The same text again changes nothing and saves nothing.
      expect(editAt(notes, 'Hej')).toBe(false);
      expect(saved).toHaveLength(3);
    });
  });

  it('tells an untold keystroke before another field, another change, or a read for a change', async () => {
    await typing(meeting(), async ({ editAt, settle, edit, shown, saved, stored, seal }) => {
      const notes = ['phases', 2, 'notes'];
      const words = ['personWords'];
      editAt(notes, 'A');
      editAt(words, 'B');
      expect(shown(notes)).toBe('A');
      expect(shown(words)).toBe('');
      expect(saved.at(-1)!.phases[2]!.notes).toBe('A');
      expect(saved.at(-1)!.personWords).toBe('B');
      edit((m) => void (m.leadRole = 'C'));
      expect(shown(words)).toBe('B');
      expect(saved.at(-1)).toEqual(stored());
      editAt(notes, 'AA');
      settle();
      expect(shown(notes)).toBe('AA');
      // Sealings that come after find nothing left to tell.
      for (let i = 0; i < saved.length; i++) await seal(i);
      expect(stored().phases[2]!.notes).toBe('AA');
      expect(stored()).toEqual(saved.at(-1));
    });
  });
});
