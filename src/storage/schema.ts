// Every schema the database has had, oldest first. A version is never edited once released:
// a change is a new entry, with an upgrade function when stored data must change shape.
// Only non-sensitive fields are indexed (ids, dates, status); names and free text live in the
// record's `data` and are searched in memory, so that they can be sealed without losing queries.
import type { Transaction } from 'dexie';
import type { MeetingKeyRow, PlanRecord, StoredMeeting } from './db';
import { meetingKeyOf } from './meetingKeys';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One row a plan. Indexed: status, last change and the next meeting (ISO strings).
      plans: 'id, status, updatedAt, nextMeetingAt',
      // Small app state that is not about a person: last screen, settings.
      appState: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // One row a meeting, held or running, linked to its plan.
      meetings: 'id, planId, status, updatedAt',
    },
  },
  {
    version: 3,
    stores: {},
    // The invitation asks for a reply by a date: plans get booking.replyBy, empty until set.
    upgrade: async (tx) => {
      await tx
        .table<PlanRecord>('plans')
        .toCollection()
        .modify((row) => {
          const booking = row.data.booking as Partial<PlanRecord['data']['booking']>;
          booking.replyBy ??= '';
        });
    },
  },
  {
    version: 4,
    // Sealing at rest (issue 5): the row's format is indexed, so that each unlock finds the rows
    // still stored readable (format 1) without reading every row. No row changes here: there is
    // no key during an upgrade; the vault seals them on unlock.
    stores: {
      plans: 'id, status, updatedAt, nextMeetingAt, format',
      meetings: 'id, planId, status, updatedAt, format',
    },
  },
  {
    version: 5,
    // The SIP over time (issue 6): versions fixed by held meetings, written once and never
    // changed; deviations recorded per plan. Both sealed like plans, with ids and dates in clear.
    stores: {
      versions: 'id, planId, format',
      deviations: 'id, planId, date, format',
    },
  },
  {
    version: 6,
    // Lists read a summary, not every plan (issue 16): the plans' summaries in a few sealed rows,
    // each holding the plans whose id falls in it (planIndex.ts). Nothing to fill here: an index
    // that is missing or out of step is rebuilt from the plans on the first read after unlock.
    stores: {
      planIndex: 'id',
    },
  },
  {
    version: 7,
    // Indexes nothing queries any more cost on every keystroke (an edit rewrites every index entry
    // of its row): the plans' status, last change and next meeting (lists read the summary index,
    // version 6) and the meetings' last change. The clear fields stay in the rows.
    stores: {
      plans: 'id, format',
      meetings: 'id, planId, status, format',
    },
  },
  {
    version: 8,
    // A meeting is put on every keystroke, and each put rewrote its three index entries: the
    // meetings' plan, status and format move to meetingKeys, a small row a meeting written only
    // when one of them changes (meetingKeys.ts). Filled from the rows' clear fields: no key needed.
    stores: {
      meetings: 'id',
      meetingKeys: 'id, planId, status, format',
    },
    upgrade: async (tx) => {
      const keys: MeetingKeyRow[] = [];
      await tx.table<StoredMeeting>('meetings').each((row) => void keys.push(meetingKeyOf(row)));
      await tx.table('meetingKeys').bulkPut(keys);
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
