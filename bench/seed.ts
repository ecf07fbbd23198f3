// Bench-only: seeds the database with N realistic plans through the app's own domain and storage
// code, so that `npm run bench` can time the plan list with real data. `?n=1000` sets N.
// When done the title is "seeded <N>" (or "seed failed: <reason>"); scripts/bench.mjs waits for it.
// Rows are stored sealed, under the passcode the bench unlocks with.
// `?meeting=1` instead seeds one plan and a meeting running in its Behov phase, with one long-term
// goal; the title is then "seeded meeting <meeting id>". `?held=1` seeds the held meeting with eight
// participants that the PDF tests use; the title is again "seeded meeting <meeting id>".
import { heldMeeting } from '../tests/fixtures/heldMeeting';
import { createVault, database, openStorage } from '../src/storage';
import { BENCH_PASSCODE, benchMeeting, random, realisticPlan } from './fixtures';

const vault = createVault(database());
const { plans, meetings } = openStorage(database(), vault.sealer);

/** One plan with a meeting started ten minutes ago, in Behov for the last two, running. */
async function seedMeeting(): Promise<void> {
  const { plan, meeting } = benchMeeting(new Date());
  await plans.put(plan);
  await meetings.put(meeting);
  const stored = await meetings.get(meeting.id);
  if (!stored?.attendanceDone) throw new Error('the meeting was not stored');
  document.getElementById('status')!.textContent = `Seeded plan ${plan.id} and meeting ${meeting.id}.`;
  document.title = `seeded meeting ${meeting.id}`;
}

/** The PDF tests' held meeting: eight participants, goals and interventions, exotic names. */
async function seedHeldMeeting(): Promise<void> {
  const { plan, meeting } = heldMeeting();
  await plans.put(plan);
  await meetings.put(meeting);
  document.getElementById('status')!.textContent = `Seeded plan ${plan.id} and held meeting ${meeting.id}.`;
  document.title = `seeded meeting ${meeting.id}`;
}

async function seed(): Promise<void> {
  // Rows are sealed like the app's: the seed page sets the passcode the bench then unlocks with.
  if (!(await vault.hasPasscode())) await vault.create(BENCH_PASSCODE);
  else if (!(await vault.unlock(BENCH_PASSCODE)).ok) throw new Error('the origin has another passcode');
  if (new URLSearchParams(location.search).get('meeting') === '1') return seedMeeting();
  if (new URLSearchParams(location.search).get('held') === '1') return seedHeldMeeting();
  const n = Number(new URLSearchParams(location.search).get('n') ?? '1000');
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad n: ${n}`);
  const rnd = random(20240601);
  const now = new Date();
  await plans.putMany(Array.from({ length: n }, (_, i) => realisticPlan(i, now, rnd)));
  const total = await plans.count();
  document.getElementById('status')!.textContent = `Seeded ${n} plans (${total} in the database).`;
  document.title = `seeded ${n}`;
}

seed().catch((error: unknown) => {
  document.title = `seed failed: ${error instanceof Error ? error.message : String(error)}`;
});
