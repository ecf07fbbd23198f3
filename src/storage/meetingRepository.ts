// Meetings in and out of IndexedDB as domain objects.
import type { Meeting } from '../domain/meeting';
import type { MeetingRecord, SipDatabase } from './db';
import { putNow } from './putNow';

export function toMeetingRecord(meeting: Meeting): MeetingRecord {
  const { id, planId, status, updatedAt, ...data } = meeting;
  return { id, planId, status, updatedAt, format: 1, data };
}

export function fromMeetingRecord(record: MeetingRecord): Meeting {
  return { ...record.data, id: record.id, planId: record.planId, status: record.status, updatedAt: record.updatedAt };
}

export function createMeetingRepository(db: SipDatabase) {
  return {
    async get(id: string): Promise<Meeting | undefined> {
      const record = await db.meetings.get(id);
      return record ? fromMeetingRecord(record) : undefined;
    },
    /** The plan's meetings, oldest first. */
    async forPlan(planId: string): Promise<Meeting[]> {
      const records = await db.meetings.where('planId').equals(planId).toArray();
      return records.map(fromMeetingRecord).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    },
    async put(meeting: Meeting): Promise<void> {
      await db.meetings.put(toMeetingRecord(meeting));
    },
    /** Writes in the calling task (see putNow.ts): for autosave. */
    putNow(meeting: Meeting): Promise<void> {
      const record = toMeetingRecord(meeting);
      return putNow(db, 'meetings', record, () => db.meetings.put(record));
    },
  };
}

export type MeetingRepository = ReturnType<typeof createMeetingRepository>;
