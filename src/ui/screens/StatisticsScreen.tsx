// Statistics for the chair's own organisation, computed on the device; the CSV has no names.
import { createResource, For, Show } from 'solid-js';
import { toCsv } from '../../domain/csv';
import { localIsoDate } from '../../domain/dates';
import { computeStatistics, type Statistics } from '../../domain/statistics';
import { sv } from '../../i18n/sv';
import { svLife } from '../../i18n/svLife';
import { meetings } from '../../storage';
import { saveFile } from '../saveFile';
import { useTitle } from '../title';

const t = svLife.statistics;
const minutes = (ms: number) => Math.round(ms / 6000) / 10;

/** The figures as CSV: one block per figure, separated by an empty row. */
export function statisticsCsv(s: Statistics): string {
  return toCsv([
    [t.held, s.held],
    [],
    [t.month, t.count],
    ...s.perMonth.map((m) => [m.month, m.count]),
    [],
    [t.phase, t.meetings, t.budget, t.spent],
    ...s.phases.map((p) => [p.title, p.meetings, minutes(p.budgetMs), minutes(p.spentMs)]),
    [],
    [t.personPresent, s.personPresentShare === null ? '' : Math.round(s.personPresentShare * 1000) / 10],
    [t.averageScore, s.averageScore === null ? '' : Math.round(s.averageScore * 10) / 10, s.scores],
    [t.followUpsOnTime, s.followUps.onTime, s.followUps.due],
  ]);
}

export default function StatisticsScreen() {
  useTitle(t.heading);
  const [stats] = createResource(async () => computeStatistics(await meetings.list(), localIsoDate(new Date())));

  function exportCsv() {
    const s = stats();
    if (s) saveFile(`${t.csvName(localIsoDate(new Date()))}.csv`, new TextEncoder().encode(statisticsCsv(s)), 'text/csv;charset=utf-8');
  }

  return (
    <>
      <h1>{t.heading}</h1>
      <p class="lead">{t.intro}</p>
      <Show when={stats()} fallback={<p>{sv.app.loading}</p>}>
        {(s) => (
          <Show when={s().held > 0} fallback={<p class="empty">{t.none}</p>}>
            <dl class="figures">
              <dt>{t.held}</dt>
              <dd>{s().held}</dd>
              <dt>{t.personPresent}</dt>
              <dd>{s().personPresentShare === null ? t.notAvailable : t.percent(s().personPresentShare!)}</dd>
              <dt>{t.averageScore}</dt>
              <dd>
                {s().averageScore === null ? t.notAvailable : `${s().averageScore!.toLocaleString('sv-SE', { maximumFractionDigits: 1 })} ${t.scores(s().scores)}`}
              </dd>
              <dt>{t.followUpsOnTime}</dt>
              <dd>{t.followUpsText(s().followUps.onTime, s().followUps.due)}</dd>
            </dl>
            <h2>{t.perMonth}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.month}</th>
                  <th scope="col">{t.count}</th>
                </tr>
              </thead>
              <tbody>
                <For each={s().perMonth}>
                  {(m) => (
                    <tr>
                      <td>{m.month}</td>
                      <td>{m.count}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <h2>{t.phases}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.phase}</th>
                  <th scope="col">{t.meetings}</th>
                  <th scope="col">{t.budget}</th>
                  <th scope="col">{t.spent}</th>
                </tr>
              </thead>
              <tbody>
                <For each={s().phases}>
                  {(p) => (
                    <tr>
                      <td>{p.title}</td>
                      <td>{p.meetings}</td>
                      <td>{minutes(p.budgetMs).toLocaleString('sv-SE')}</td>
                      <td>{minutes(p.spentMs).toLocaleString('sv-SE')}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p>
              <button type="button" class="primary" onClick={exportCsv}>
                {t.exportCsv}
              </button>
            </p>
          </Show>
        )}
      </Show>
    </>
  );
}
