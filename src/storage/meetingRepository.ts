// Meetings in and out of IndexedDB as domain objects: clear ids, status and last change beside the
// sealed content (sealedRows.ts).
import type { Meeting } from '../domain/meeting';
import type { MeetingRecord, SipDatabase, StoredMeeting } from './db';
import { meetingRowsWhere } from './meetingKeys';
import { createRowWriter, type AutosaveWrite, type RowWrite, type RowWriter } from './rowWriter';
import { openRow, type Sealer } from './sealedRows';
import { contentVersionOf, sealedContent } from './shapes/contentVersion';
import { restoreMeeting } from './shapes/meeting';
import { commitOrAbandon } from './writes';

/** The fields stored in clear beside the sealed content. */
const MEETING_CLEAR = ['id', 'planId', 'status', 'updatedAt'] as const;

/** The meeting's readable row, its content marked with the content version it is written at. */
export function toMeetingRecord(meeting: Meeting): MeetingRecord {
  const { id, planId, status, updatedAt } = meeting;
  return { id, planId, status, updatedAt, format: 1, data: sealedContent(meeting, MEETING_CLEAR) };
}

/** The meeting from its row: upgraded from the content version it was written at, every field at every depth (shapes/meeting.ts). */
export function fromMeetingRecord(record: MeetingRecord): Meeting {
  const clear = { id: record.id, planId: record.planId, status: record.status, updatedAt: record.updatedAt };
  return restoreMeeting({ ...record.data, ...clear }, contentVersionOf(record.data));
}

export function createMeetingRepository(db: SipDatabase, sealer: Sealer, writes: RowWriter = createRowWriter(db, sealer)) {
  const open = async (row: StoredMeeting) => fromMeetingRecord(await openRow(sealer, 'meetings', row));
  const prepare = (meeting: Meeting): RowWrite => writes.prepare('meetings', toMeetingRecord(meeting));
  return {
    /** The meeting as last changed: a change not yet on disk (being written, or retrying) included. */
    async get(id: string): Promise<Meeting | undefined> {
      const row = (await writes.pending('meetings', id)) ?? (await db.meetings.get(id));
      return row ? open(row as StoredMeeting) : undefined;
    },
    /** The plan's meetings, oldest first. */
    async forPlan(planId: string): Promise<Meeting[]> {
      const rows = await writes.overlay('meetings', await meetingRowsWhere(db, 'planId', planId), (clear) => clear.planId === planId);
      const list = await Promise.all(rows.map((row) => open(row as StoredMeeting)));
      return list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    },
    /** The running meetings from their clear fields (nothing is decrypted), the last changed first. */
    async running(): Promise<{ id: string; planId: string }[]> {
      const rows = await writes.overlay('meetings', await meetingRowsWhere(db, 'status', 'pagar'));
      return (rows as { id: string; planId: string; status: string; updatedAt: string }[])
        .filter((r) => r.status === 'pagar')
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
        .map(({ id, planId }) => ({ id, planId }));
    },
    /** Every meeting of every plan (for statistics). */
    async list(): Promise<Meeting[]> {
      const rows = await writes.overlay('meetings', await db.meetings.toArray());
      return Promise.all(rows.map((row) => open(row as StoredMeeting)));
    },
    async put(meeting: Meeting): Promise<void> {
      await commitOrAbandon(writes, [prepare(meeting)]);
    },
    /** Reads the meeting now and starts sealing it, for a change written with others (see writes.ts). */
    prepare,
    /** Starts sealing now and returns autosave's write, which puts in its calling task (see rowWriter.ts). */
    prepareWrite: (meeting: Meeting): AutosaveWrite => writes.forAutosave([prepare(meeting)]),
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
