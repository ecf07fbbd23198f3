import { useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createResource, createSignal, For, on, Show } from 'solid-js';
import { matchesName, newPlan, sortForList } from '../../domain/plan';
import { dueForDeletion, isRetentionMonths, RETENTION_KEY } from '../../domain/retention';
import { sv } from '../../i18n/sv';
import { appState, plans } from '../../storage';
import { formatDate } from '../../i18n/format';
import { newId } from '../planEditor';
import { useTitle } from '../title';

const PAGE_SIZE = 100;

export default function PlanList() {
  useTitle(sv.list.title);
  const navigate = useNavigate();
  const [all] = createResource(() => {
    performance.mark('sip:plan-list-loading');
    return plans.list();
  });
  const [retention] = createResource(() => appState.get(RETENTION_KEY));
  const due = createMemo(() => {
    const months = retention();
    return isRetentionMonths(months) ? dueForDeletion(all() ?? [], months, new Date()).length : 0;
  });
  const [query, setQuery] = createSignal('');
  const [creating, setCreating] = createSignal(false);
  const matching = createMemo(() => sortForList(all() ?? []).filter((p) => matchesName(p, query())));
  // A long list is shown a page at a time: quick to open, and search finds the rest.
  const [limit, setLimit] = createSignal(PAGE_SIZE);
  const shown = createMemo(() => matching().slice(0, limit()));

  async function create() {
    setCreating(true);
    const plan = newPlan(newId(), new Date());
    await plans.put(plan);
    navigate(`/plan/${plan.id}/person`);
  }

  // Lets `npm run bench` time the list: from asking storage (loading) to rendered and interactive (ready).
  createEffect(on(all, (list) => list && requestAnimationFrame(() => performance.mark('sip:plan-list-ready'))));

  return (
    <>
      <div class="page-head">
        <h1>{sv.list.title}</h1>
        <button type="button" class="primary" onClick={create} disabled={creating()}>
          {sv.list.newPlan}
        </button>
      </div>
      <p class="lead">{sv.list.intro}</p>
      <Show when={due() > 0}>
        <p class="banner">
          {sv.list.retentionDue(due())} <a href="/gallring">{sv.list.retentionReview}</a>
        </p>
      </Show>
      <div class="field search">
        <label for="plan-search">{sv.list.search}</label>
        <input
          id="plan-search"
          type="search"
          autocomplete="off"
          value={query()}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <Show when={all()} fallback={<p>{sv.app.loading}</p>}>
        <p class="count" role="status">
          {query().trim() && matching().length === 0 ? sv.list.noMatch(query().trim()) : sv.list.count(matching().length)}
        </p>
        <Show when={(all() ?? []).length > 0} fallback={<p class="empty">{sv.list.empty}</p>}>
          <ul class="plan-list" aria-label={sv.list.listLabel}>
            <For each={shown()}>
              {(plan) => (
                <li>
                  {/* A plain link: the router handles its click, without a router component per row. */}
                  <a href={`/plan/${plan.id}`} class="plan-card">
                    <span class="plan-name">{plan.person.name.trim() || sv.list.unnamed}</span>
                    <span class="plan-meta">
                      <span class={`badge badge--${plan.status}`}>{sv.status[plan.status]}</span>
                      <span>
                        {plan.booking.date
                          ? `${sv.list.nextMeeting}: ${formatDate(plan.booking.date)}${plan.booking.startTime ? ` ${plan.booking.startTime}` : ''}`
                          : sv.list.noMeeting}
                      </span>
                    </span>
                  </a>
                </li>
              )}
            </For>
          </ul>
          <Show when={matching().length > shown().length}>
            <p>
              {sv.list.showing(shown().length, matching().length)}{' '}
              <button type="button" class="secondary" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
                {sv.list.showMore(Math.min(PAGE_SIZE, matching().length - shown().length))}
              </button>
            </p>
          </Show>
        </Show>
      </Show>
    </>
  );
}
