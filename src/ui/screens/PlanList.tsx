import { useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, on, Show } from 'solid-js';
import { localIsoDate } from '../../domain/dates';
import { byStatus, isOverdueFollowUp, overviewOf, type Shortened, type StatusFilter, type Upcoming } from '../../domain/overview';
import { nameMatcher, sortForList } from '../../domain/plan';
import type { PlanSummary } from '../../domain/planSummary';
import { svLife } from '../../i18n/svLife';
import { closedOn, dueForDeletion } from '../../domain/retention';
import { sv } from '../../i18n/sv';
import { formatDate } from '../../i18n/format';
import { ActionFailed } from '../components/Failures';
import { createAction } from '../failures';
import { useApp } from '../appContext';
import { useTitle } from '../title';
import { afterNextPaint } from '../afterFirstPaint';

const PAGE_SIZE = 100;
/**
 * The least height of a card (a touch target): before the list is first painted, only the cards
 * that can reach into the screen are drawn, found from where the list begins (below the overview,
 * often off screen); the rest of the page is added right after that paint, so the list shows
 * sooner and the page is whole a frame later.
 */
const CARD_MIN_PX = 44;
const OVERVIEW_ITEMS = 5;

export default function PlanList() {
  useTitle(sv.list.title);
  const navigate = useNavigate();
  const app = useApp();
  const [all, { refetch }] = createResource(() => {
    performance.mark('sip:plan-list-loading');
    // The summaries only (the sealed index): a plan is opened when the chair opens it.
    return app.plans.summaries().then((list) => (performance.mark('sip:plan-summaries-read'), list));
  });
  const [retention] = createResource(() => app.settings.retentionMonths());
  const due = createMemo(() => dueForDeletion(all() ?? [], retention() ?? 0, new Date()).length);
  const [query, setQuery] = createSignal('');
  const [status, setStatus] = createSignal<StatusFilter>('alla');
  const today = localIsoDate(new Date());
  // Search covers every plan's name (case and accents folded); sorted once per list or status, not per keystroke.
  const sorted = createMemo(() => sortForList(byStatus(all() ?? [], status())));
  const matching = createMemo(() => (query().trim() ? sorted().filter(nameMatcher(query())) : sorted()));
  // A long list is shown a page at a time: quick to open, and search finds the rest.
  const [limit, setLimit] = createSignal(PAGE_SIZE);
  // How many cards are drawn: none until the list is in the page, then those that reach into the
  // screen, then (after the first paint) the whole page.
  const [drawn, setDrawn] = createSignal(0);
  const drawAll = () => drawn() === Infinity;
  const shown = createMemo(() => matching().slice(0, Math.min(limit(), drawn())));
  let listElement: HTMLUListElement | undefined;

  const create = createAction(async () => {
    const plan = await app.plans.create();
    navigate(`/plan/${plan.id}/person`);
  });

  // Lets `npm run bench` time the list: from asking storage (loading) to rendered and interactive
  // (ready), and to the whole first page drawn (complete).
  createEffect(
    on(all, (list) => {
      if (!list) return;
      // The list is in the page, its cards not yet: one layout tells how many reach into the screen.
      if (!drawAll() && listElement?.isConnected) setDrawn(cardsOnScreen(listElement));
      requestAnimationFrame(() => performance.mark('sip:plan-list-ready'));
      afterNextPaint(() => {
        setDrawn(Infinity);
        requestAnimationFrame(() => performance.mark('sip:plan-list-complete'));
        // Once shown, the index is checked against the plans; out of step (a fault), it is read again, rebuilt.
        void app.plans.summariesInStep().then(
          (inStep) => inStep || void refetch(),
          (error: unknown) => console.warn(error),
        );
      });
    }),
  );

  return (
    <>
      <div class="page-head">
        <h1>{sv.list.title}</h1>
        <button type="button" class="primary" onClick={() => void create.run()} disabled={create.busy()}>
          {sv.list.newPlan}
        </button>
      </div>
      <ActionFailed action={create} />
      <p class="lead">{sv.list.intro}</p>
      <Show when={due() > 0}>
        <p class="banner">
          {sv.list.retentionDue(due())} <a href="/gallring">{sv.list.retentionReview}</a>
        </p>
      </Show>
      <Show when={all()}>{(list) => <Overview plans={list()} today={today} listShown={drawAll()} />}</Show>
      <div class="field">
        <label for="plan-status">{svLife.overview.statusFilter}</label>
        <select id="plan-status" autocomplete="off" value={status()} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
          <option value="alla">{svLife.overview.allStatuses}</option>
          <For each={Object.entries(sv.status)}>{([value, label]) => <option value={value}>{label}</option>}</For>
        </select>
      </div>
      <div class="field search">
        <label for="plan-search">{sv.list.search}</label>
        <input id="plan-search" type="search" autocomplete="off" spellcheck={false} value={query()} on:input={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <Show when={all()} fallback={<p>{sv.app.loading}</p>}>
        <p class="count" role="status">
          {query().trim() && matching().length === 0 ? sv.list.noMatch(query().trim()) : sv.list.count(matching().length)}
        </p>
        <Show when={(all() ?? []).length > 0} fallback={<p class="empty">{sv.list.empty}</p>}>
          <ul class="plan-list" aria-label={sv.list.listLabel} ref={listElement}>
            <For each={shown()}>
              {(plan) => {
                // A summary never changes (the list is read anew), so a row is built once: plain values,
                // which Solid writes into the DOM without an effect to keep.
                const href = `/plan/${plan.id}`;
                const name = shownName(plan);
                const badge = `badge badge--${plan.status}`;
                const status = sv.status[plan.status];
                const overdue = isOverdueFollowUp(plan, today) ? <span class="badge badge--overdue">{svLife.overview.overdueHeading}</span> : null;
                const next = nextMeetingText(plan);
                return (
                  <li>
                    {/* A plain link: the router handles its click, without a router component per row. */}
                    <a href={href} class="plan-card">
                      <span class="plan-name">{name}</span>
                      <span class="plan-meta">
                        <span class={badge}>{status}</span>
                        {overdue}
                        <span>{next}</span>
                      </span>
                    </a>
                  </li>
                );
              }}
            </For>
          </ul>
          {/* Said of the page (limit), not of the cards drawn so far. */}
          <Show when={matching().length > limit()}>
            <p>
              {sv.list.showing(limit(), matching().length)}{' '}
              <button type="button" class="secondary" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
                {sv.list.showMore(Math.min(PAGE_SIZE, matching().length - limit()))}
              </button>
            </p>
          </Show>
        </Show>
      </Show>
    </>
  );
}

/** How many cards, at the least height each, fill the screen from the top of `list` down. */
function cardsOnScreen(list: HTMLElement): number {
  return Math.max(0, Math.ceil((window.innerHeight - list.getBoundingClientRect().top) / CARD_MIN_PX));
}

/** The person's name as the list and the overview show it. */
function shownName(plan: PlanSummary): string {
  return plan.person.name.trim() || sv.list.unnamed;
}

/** A card's last words: when the next meeting is, or when the SIP was closed. */
function nextMeetingText(plan: PlanSummary): string {
  // A closed SIP has no next meeting, whatever its last booking said.
  if (plan.status === 'avslutad') return sv.list.closedOn(formatDate(closedOn(plan)));
  if (!plan.booking.date) return sv.list.noMeeting;
  return `${sv.list.nextMeeting}: ${formatDate(plan.booking.date)}${plan.booking.startTime ? ` ${plan.booking.startTime}` : ''}`;
}

/** What needs the chair's attention across all plans: booked meetings, overdue follow-ups, missing replies. `listShown`: the list's first paint is done. */
function Overview(props: { plans: PlanSummary[]; today: string; listShown: boolean }) {
  const o = svLife.overview;
  // A few of each, soonest first: the overview stays short however many plans there are.
  const view = createMemo(() => overviewOf(props.plans, props.today, OVERVIEW_ITEMS));
  // Which of today's plans has a meeting under way: one read for all of them, once the list is
  // shown (the buttons wait for it, never the list).
  const app = useApp();
  const [running] = createResource(
    () => props.listShown && view().today.length > 0,
    async () => {
      const byPlan = new Map<string, string>();
      // A failed read offers "Starta mötet", which continues a running meeting all the same (startOrContinue).
      const rows = await app.meetings.running().catch((error: unknown) => (console.warn(error), []));
      // The newest first: a plan's latest running meeting is the one to continue.
      for (const m of rows) if (!byPlan.has(m.planId)) byPlan.set(m.planId, m.id);
      return byPlan;
    },
  );
  const today = () => view().today;
  const upcoming = () => view().upcoming;
  const overdue = () => view().overdue;
  const awaiting = () => view().awaiting;
  const more = (part: Shortened<unknown>) => (part.total > part.first.length ? <p class="hint">{o.more(part.total - part.first.length)}</p> : null);
  return (
    <div class="overview">
      <Show when={today().length > 0}>
        <section aria-labelledby="today-heading" class="overview-part today-meetings">
          <h2 id="today-heading">{o.todayHeading}</h2>
          <ul>
            <For each={today()}>
              {(u) => <TodaysMeeting meeting={u} name={shownName(u.plan)} running={running.state === 'ready' ? (running()?.get(u.plan.id) ?? null) : undefined} />}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={overdue().total > 0}>
        <section aria-labelledby="overdue-heading" class="overview-part overview-part--alert">
          <h2 id="overdue-heading">{o.overdueHeading}</h2>
          <ul>
            <For each={overdue().first}>
              {(plan) => (
                <li>
                  <a href={`/plan/${plan.id}/moten`}>{shownName(plan)}</a>: {o.overdueText(formatDate(plan.booking.date))}
                </li>
              )}
            </For>
          </ul>
          {more(overdue())}
        </section>
      </Show>
      <section aria-labelledby="upcoming-heading" class="overview-part">
        <h2 id="upcoming-heading">{o.upcomingHeading}</h2>
        <Show when={upcoming().total > 0} fallback={<p class="empty">{o.upcomingEmpty}</p>}>
          <ul>
            <For each={upcoming().first}>
              {(u) => (
                <li>
                  {formatDate(u.plan.booking.date)} {u.plan.booking.startTime} · {u.kind === 'sip' ? o.kindSip : o.kindFollowUp} ·{' '}
                  <a href={`/plan/${u.plan.id}/mote`}>{shownName(u.plan)}</a>
                  <Show when={!u.plan.booking.invitations.made}>
                    {' '}
                    <span class="badge badge--warning">{o.notInvited}</span>
                  </Show>
                </li>
              )}
            </For>
          </ul>
          {more(upcoming())}
        </Show>
      </section>
      <Show when={awaiting().total > 0}>
        <section aria-labelledby="awaiting-heading" class="overview-part">
          <h2 id="awaiting-heading">{o.awaitingHeading}</h2>
          <ul>
            <For each={awaiting().first}>
              {(a) => (
                <li>
                  <a href={`/plan/${a.plan.id}/deltagare`}>{shownName(a.plan)}</a>: {o.awaiting(a.count)}
                </li>
              )}
            </For>
          </ul>
          {more(awaiting())}
        </section>
      </Show>
    </div>
  );
}

/**
 * One of today's meetings: "Starta mötet" starts the plan's own meeting and opens its attendance;
 * "Fortsätt mötet" opens the one running. `running`: that meeting's id, null when none runs,
 * undefined until known (the button waits for it).
 */
function TodaysMeeting(props: { meeting: Upcoming; name: string; running: string | null | undefined }) {
  const o = svLife.overview;
  const navigate = useNavigate();
  const app = useApp();
  const runs = () => typeof props.running === 'string';
  const start = createAction(async () => {
    // The list holds summaries: the whole plan is read now, as the meeting starts from it.
    const plan = await app.plans.get(props.meeting.plan.id);
    if (!plan) throw new Error('The plan is gone: no meeting can start.');
    const meetingId = await app.meetings.startOrContinue(plan);
    if (!meetingId) throw new Error('The plan is closed: no meeting can start.');
    navigate(`/mote/${meetingId}`);
  });
  return (
    <li>
      <span>
        {props.meeting.plan.booking.startTime || o.noStartTime} · {props.meeting.kind === 'sip' ? o.kindSip : o.kindFollowUp} ·{' '}
        {/* The plan itself: booked today, it opens on its meetings part (openingPart). */}
        <a href={`/plan/${props.meeting.plan.id}`}>{props.name}</a>
      </span>
      <button
        type="button"
        class="primary"
        aria-label={`${runs() ? o.continueMeeting : o.startMeeting} ${o.startFor(props.name)}`}
        disabled={start.busy() || props.running === undefined}
        onClick={() => void start.run()}
      >
        {runs() ? o.continueMeeting : o.startMeeting}
      </button>
      <ActionFailed action={start} />
    </li>
  );
}
