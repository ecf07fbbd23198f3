// Meetings in and out of IndexedDB as domain objects: clear ids, status and last change beside the
// sealed content (sealedRows.ts).
import type { Meeting } from '../domain/meeting';
import type { MeetingRecord, SipDatabase, StoredMeeting } from './db';
import { createSealedWriter, openRow, sealRow, type Sealer } from './sealedRows';

export function toMeetingRecord(meeting: Meeting): MeetingRecord {
  const { id, planId, status, updatedAt, ...data } = meeting;
  return { id, planId, status, updatedAt, format: 1, data };
}

/** Fields added after a meeting may have been stored, with the value an older meeting has. */
const MEETING_DEFAULTS: Pick<Meeting, 'review'> = { review: null };

/** The meeting from its row; fields added since the row was written get the value an older meeting has. */
export function fromMeetingRecord(record: MeetingRecord): Meeting {
  return { ...MEETING_DEFAULTS, ...record.data, id: record.id, planId: record.planId, status: record.status, updatedAt: record.updatedAt };
}

export function createMeetingRepository(db: SipDatabase, sealer: Sealer) {
  const open = async (row: StoredMeeting) => fromMeetingRecord(await openRow(sealer, 'meetings', row));
  const prepareWrite = createSealedWriter(db, sealer, 'meetings');
  return {
    async get(id: string): Promise<Meeting | undefined> {
      const row = await db.meetings.get(id);
      return row ? open(row) : undefined;
    },
    /** The plan's meetings, oldest first. */
    async forPlan(planId: string): Promise<Meeting[]> {
      const rows = await db.meetings.where('planId').equals(planId).toArray();
      const list = await Promise.all(rows.map(open));
      return list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    },
    /** Every meeting of every plan (for statistics). */
    async list(): Promise<Meeting[]> {
      return Promise.all((await db.meetings.toArray()).map(open));
    },
    async put(meeting: Meeting): Promise<void> {
      await db.meetings.put(await sealRow(sealer, 'meetings', toMeetingRecord(meeting)));
    },
    /** Starts sealing now and returns autosave's write, which puts in its calling task (see sealedRows.ts). */
    prepareWrite(meeting: Meeting): () => Promise<void> {
      return prepareWrite(toMeetingRecord(meeting));
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
