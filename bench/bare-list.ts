// Bench-only baseline for the plan list: every plan's summary (name, status, next meeting) in one
// sealed row, read from IndexedDB, opened, sorted and the first 100 listed with the count, with the
// DOM's own calls. `?seed=N` first stores N summaries of the bench's plans (bench/fixtures.ts) under
// a key kept in the same database; the title is then "seeded N". Otherwise the page marks
// 'bare:list-loading' before the read and 'bare:list-ready' when the list is on screen; the title
// is then "listed N".
import { get, newKey, open, openDatabase, put, seal } from './bare';
import { random, realisticPlan } from './fixtures';

interface Summary {
  id: string;
  name: string;
  status: string;
  date: string;
  time: string;
  place: string;
  updatedAt: string;
}
type SealedRow = { id: string; sealed: { iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> } };

const PAGE = 100;

async function seedSummaries(db: IDBDatabase, n: number): Promise<void> {
  const key = await newKey();
  const rnd = random(20240601);
  const now = new Date();
  const summaries: Summary[] = Array.from({ length: n }, (_, i) => {
    const plan = realisticPlan(i, now, rnd);
    return {
      id: plan.id,
      name: plan.person.name,
      status: plan.status,
      date: plan.booking.date ?? '',
      time: plan.booking.startTime ?? '',
      place: plan.booking.place ?? '',
      updatedAt: plan.updatedAt,
    };
  });
  await put(db, 'keys', { id: 'key', key });
  await put(db, 'summaries', { id: 'summaries', sealed: await seal(key, 'summaries', 'summaries', summaries) });
  document.title = `seeded ${n}`;
}

async function list(db: IDBDatabase): Promise<void> {
  const key = (await get<{ key: CryptoKey }>(db, 'keys', 'key'))?.key;
  if (!key) throw new Error('not seeded');
  performance.mark('bare:list-loading');
  const row = await get<SealedRow>(db, 'summaries', 'summaries');
  if (!row) throw new Error('not seeded');
  const summaries = await open<Summary[]>(key, 'summaries', 'summaries', row.sealed);
  // Soonest meeting first, plans without one last.
  summaries.sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.name.localeCompare(b.name, 'sv'));
  const main = document.getElementById('main')!;
  const count = document.createElement('p');
  count.textContent = `${summaries.length} planer`;
  const ul = document.createElement('ul');
  for (const s of summaries.slice(0, PAGE)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `/plan/${encodeURIComponent(s.id)}`;
    a.textContent = s.name;
    const meta = document.createElement('span');
    meta.textContent = ` ${s.status} · ${s.date ? `${s.date} ${s.time}, ${s.place}` : 'Inget möte bokat'}`;
    li.append(a, meta);
    ul.append(li);
  }
  main.append(count, ul);
  // Ready once the list has been laid out, as the app marks it after rendering.
  requestAnimationFrame(() => {
    performance.mark('bare:list-ready');
    document.title = `listed ${summaries.length}`;
  });
}

async function start(): Promise<void> {
  const db = await openDatabase(['keys', 'summaries']);
  const n = new URLSearchParams(location.search).get('seed');
  await (n === null ? list(db) : seedSummaries(db, Number(n)));
}

start().catch((error: unknown) => {
  document.title = `failed: ${error instanceof Error ? error.message : String(error)}`;
});
