// Data put straight into the app's database from the page, for tests whose subject starts after
// the preparation (PDFs, backups). Rows are put readable (format 1, as before sealing existed);
// the app reads them as they are and seals them on its next unlock.
import type { Page } from 'playwright-core';
import { toMeetingRecord } from '../../src/storage/meetingRepository';
import { toRecord } from '../../src/storage/planRepository';
import type { Meeting } from '../../src/domain/meeting';
import type { Plan } from '../../src/domain/plan';
import { heldMeeting, type HeldMeetingOptions } from '../fixtures/heldMeeting';

/** Stores the fixture's held meeting and its plan under the given ids; returns what it stored. */
export async function seedHeldMeeting(page: Page, options: HeldMeetingOptions, ids: { plan: string; meeting: string }): Promise<{ plan: Plan; meeting: Meeting }> {
  const { plan, meeting } = heldMeeting(options);
  plan.id = ids.plan;
  meeting.id = ids.meeting;
  meeting.planId = ids.plan;
  await putRows(page, [toRecord(plan)], [toMeetingRecord(meeting)]);
  return { plan, meeting };
}

/** Stores plans (without meetings), readable. */
export async function seedPlans(page: Page, plans: Plan[]): Promise<void> {
  await putRows(page, plans.map(toRecord), []);
}

/** Stores a plan and one of its meetings as they are (readable). */
export async function seedPlanAndMeeting(page: Page, plan: Plan, meeting: Meeting): Promise<void> {
  await putRows(page, [toRecord(plan)], [toMeetingRecord(meeting)]);
}

/**
 * Waits until the app has created its database: it does so just after its first screen is shown
 * (Dexie loads then), and a bare open before that would create an empty one at version 1. Dexie's
 * versions are the schema's × 10, so the app's database is at 10 or more.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
  // Polled in the page, each look waiting for the one before (no timers: a test may have stopped
  // the page's clock; and waitForFunction would not await an async predicate).
  await page.evaluate(async () => {
    for (let looks = 0; looks < 20_000; looks++) {
      if ((await indexedDB.databases()).some((info) => info.name === 'sip-motesledare' && (info.version ?? 0) >= 10)) return;
    }
    throw new Error('the app did not create its database');
  });
}

async function putRows(page: Page, plans: unknown[], meetings: unknown[]): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sip-motesledare');
        open.onsuccess = () => {
          const tx = open.result.transaction(['plans', 'meetings'], 'readwrite');
          for (const row of r.plans) tx.objectStore('plans').put(row);
          for (const row of r.meetings) tx.objectStore('meetings').put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { plans, meetings },
  );
}

/** Every row of the app's plans and meetings stores, as stored, sorted by id. */
export async function readStoredRows(page: Page): Promise<{ plans: unknown[]; meetings: unknown[] }> {
  await waitForAppDatabase(page);
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
