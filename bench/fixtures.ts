// Bench-only: the realistic plans and the running meeting that bench/seed.ts stores through the
// app's storage, and that the bare baseline pages (bench/bare-*.ts) use as their records, so a
// figure and its baseline handle the same data.
import { newGoal, newMeeting, type Meeting } from '../src/domain/meeting';
import { newPlan, newParticipant, type Plan, type PlanStatus, type Principal } from '../src/domain/plan';
import { goToPhase, startMeeting } from '../src/domain/timer';
import { SIP_CIRCLE } from '../src/i18n/meetingTemplates';

/** The passcode the bench chooses for its fresh origins, and unlocks with (scripts/bench.mjs). */
export const BENCH_PASSCODE = '482915';
export const BENCH_MEETING_ID = 'bench-meeting';

const FIRST_NAMES = [
  'Alva',
  'Elsa',
  'Maja',
  'Astrid',
  'Wilma',
  'Ebba',
  'Saga',
  'Agnes',
  'Freja',
  'Alice',
  'Ella',
  'Selma',
  'Noah',
  'William',
  'Hugo',
  'Liam',
  'Lucas',
  'Oliver',
  'Elias',
  'Adam',
  'Matteo',
  'Leo',
  'Viktor',
  'Måns',
  'Åsa',
  'Björn',
  'Gunnel',
  'Sören',
  'Birgitta',
  'Göran',
  'Ingrid',
  'Lars',
  'Karin',
  'Per',
  'Yusuf',
  'Amira',
];
const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Lindström',
  'Lindqvist',
  'Lindgren',
  'Berglund',
  'Axelsson',
  'Sandberg',
  'Ali',
  'Mohammed',
  'Öberg',
  'Åberg',
  'Hussein',
];
const PLACES = [
  'Vårdcentralen Centrum, rum 3',
  'Socialkontoret, plan 2',
  'Skolans konferensrum',
  'BUP mottagning',
  'Hemma hos familjen',
  'Kommunhuset, sal Ekén',
  'Psykiatrimottagningen Norr',
  'Digitalt möte',
];
const ORGANISATIONS: [string, Principal, string][] = [
  ['Socialtjänsten, barn och unga', 'kommun', 'handläggare'],
  ['Vuxenpsykiatrin', 'region', 'kontaktperson'],
  ['Vårdcentralen Centrum', 'region', 'distriktssköterska'],
  ['Elevhälsan', 'kommun', 'kurator'],
  ['LSS-handläggning', 'kommun', 'biståndshandläggare'],
  ['Försäkringskassan', 'annan', 'handläggare'],
  ['Arbetsförmedlingen', 'annan', 'arbetsförmedlare'],
];
const STATUSES: PlanStatus[] = ['forberedelse', 'forberedelse', 'aktiv', 'aktiv', 'aktiv', 'uppfoljd', 'avslutad'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Deterministic PRNG (mulberry32), so every bench run lists the same plans. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function realisticPlan(index: number, now: Date, rnd: () => number): Plan {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const id = `bench-${String(index).padStart(5, '0')}`;
  const plan = newPlan(id, new Date(now.getTime() - Math.floor(rnd() * 365) * DAY_MS));
  plan.updatedAt = new Date(now.getTime() - Math.floor(rnd() * 60 * DAY_MS)).toISOString();
  plan.status = pick(STATUSES);
  plan.person.name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
  plan.person.birthDate = isoDate(Date.UTC(1940 + Math.floor(rnd() * 75), 0, 1) + Math.floor(rnd() * 365) * DAY_MS);
  plan.preparation.whatMatters = 'Att få bo kvar hemma och att alla som hjälper mig pratar med varandra.';
  plan.preparation.purpose = 'Samordna insatser från kommun och region.';
  plan.participants = Array.from({ length: 2 + Math.floor(rnd() * 4) }, (_, k) => {
    const [organisation, principal, role] = pick(ORGANISATIONS);
    return {
      ...newParticipant(`${id}-p${k}`),
      name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      organisation,
      principal,
      role,
      phone: `070-${String(1000000 + Math.floor(rnd() * 8999999)).slice(0, 7)}`,
      isChair: k === 0,
    };
  });
  // Most plans have a meeting booked, from half a year back to half a year ahead.
  if (rnd() < 0.75) {
    plan.booking.date = isoDate(now.getTime() + Math.floor((rnd() - 0.5) * 365) * DAY_MS);
    plan.booking.startTime = `${String(8 + Math.floor(rnd() * 8)).padStart(2, '0')}:${rnd() < 0.5 ? '00' : '30'}`;
    plan.booking.place = pick(PLACES);
  }
  return plan;
}

/** One plan with a meeting started ten minutes ago, in Behov for the last two, running. */
export function benchMeeting(now: Date): { plan: Plan; meeting: Meeting } {
  const plan = realisticPlan(0, now, random(20240601));
  let k = 0;
  const meeting = newMeeting({
    id: BENCH_MEETING_ID,
    plan,
    template: SIP_CIRCLE,
    kind: 'sip',
    minutes: 60,
    now: new Date(now.getTime() - 10 * 60_000),
    newId: () => `bench-m-${k++}`,
  });
  const first = meeting.phases[0]!.id;
  if (!meeting.phases.some((p) => p.id === 'behov')) throw new Error('the SIP circle has no behov phase');
  meeting.clock = goToPhase(startMeeting(meeting.clock, first, now.getTime() - 10 * 60_000), 'behov', now.getTime() - 2 * 60_000);
  meeting.attendance = meeting.attendance.map((a) => ({ ...a, status: 'narvarande' }));
  meeting.attendanceDone = true;
  meeting.goals = [{ ...newGoal('bench-goal-1', 'lang'), text: 'Att få bo kvar hemma med stöd.' }];
  return { plan, meeting };
}
