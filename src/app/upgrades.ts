// Data that an older app left, brought up to what this one keeps. Since this version, holding a
// meeting writes its version and the plan as agreed in one transaction; plans held before that (on
// this device, in a restored backup, or stored readable before sealing existed) get the version a
// held meeting never fixed, from the plan as it is now, and the agreed plan of their latest version.
// Run once per device, and again after a backup is restored or readable rows were found; reading
// never writes.
import { agreedFromVersions } from '../domain/holding';
import { planVersion } from '../domain/meeting';
import { fixVersion } from '../domain/versions';
import { meetingRowsWhere, type RowWrite, type Storage } from '../storage';

const DONE_KEY = 'upgrade:agreedPlan';

export function upgradeCommands(storage: Storage) {
  const { db, appState, plans, meetings, versions } = storage;

  /** Brings every plan with a held meeting up to date (see above). */
  async function upgradeHeldPlans(): Promise<void> {
    const held = await meetingRowsWhere(db, 'status', 'hallet');
    if (held.length > 0) await plans.ready();
    for (const planId of new Set(held.map((row) => row.planId))) {
      const plan = await plans.get(planId);
      if (!plan) continue;
      const [fixed, all] = await Promise.all([versions.forPlan(planId), meetings.forPlan(planId)]);
      const rows: RowWrite[] = [];
      for (const meeting of all) {
        if (meeting.status !== 'hallet' || fixed.some((v) => v.meetingId === meeting.id)) continue;
        const version = fixVersion(plan, meeting, planVersion(meeting, all));
        fixed.push(version);
        rows.push(versions.prepare(version));
      }
      const agreed = agreedFromVersions(fixed);
      if (agreed && plan.agreed?.version !== agreed.version) rows.push(...plans.prepare({ ...plan, agreed }));
      if (rows.length > 0) await storage.commitTogether(rows);
    }
  }

  return {
    /** Runs the upgrade unless it has run on this device and no older data has arrived since. */
    async afterUnlock(olderMeetingsStored: boolean): Promise<void> {
      if (!olderMeetingsStored && (await appState.get(DONE_KEY)) === true) return;
      await upgradeHeldPlans();
      await appState.set(DONE_KEY, true);
    },
    /** After a backup is restored: its plans may come from an older app. */
    async afterRestore(): Promise<void> {
      await upgradeHeldPlans();
      await appState.set(DONE_KEY, true);
    },
  };
}

export type UpgradeCommands = ReturnType<typeof upgradeCommands>;
