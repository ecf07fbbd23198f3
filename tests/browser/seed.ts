// Data put straight into the app's database from the page, in the form the app stores it, for
// tests whose subject starts after the preparation (PDFs, backups).
import type { Page } from 'playwright-core';
import { toMeetingRecord } from '../../src/storage/meetingRepository';
import { toRecord } from '../../src/storage/planRepository';
import { heldMeeting, type HeldMeetingOptions } from '../fixtures/heldMeeting';

/** Stores the fixture's held meeting and its plan under the given ids. */
export async function seedHeldMeeting(page: Page, options: HeldMeetingOptions, ids: { plan: string; meeting: string }): Promise<void> {
  const { plan, meeting } = heldMeeting(options);
  plan.id = ids.plan;
  meeting.id = ids.meeting;
  meeting.planId = ids.plan;
  const rows = { plan: toRecord(plan), meeting: toMeetingRecord(meeting) };
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sip-motesledare');
        open.onsuccess = () => {
          const tx = open.result.transaction(['plans', 'meetings'], 'readwrite');
          tx.objectStore('plans').put(r.plan);
          tx.objectStore('meetings').put(r.meeting);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    rows,
  );
}

/** Every row of the app's plans and meetings stores, as stored, sorted by id. */
export async function readStoredRows(page: Page): Promise<{ plans: unknown[]; meetings: unknown[] }> {
  return page.evaluate(
    () =>
      new Promise<{ plans: unknown[]; meetings: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('sip-motesledare');
        open.onsuccess = () => {
          const tx = open.result.transaction(['plans', 'meetings'], 'readonly');
          const plans = tx.objectStore('plans').getAll();
          const meetings = tx.objectStore('meetings').getAll();
          tx.oncomplete = () => (open.result.close(), resolve({ plans: plans.result, meetings: meetings.result }));
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
