// Statistics for the chair's own organisation, computed on the device; the CSV has no names.
import { createResource, For, Show } from 'solid-js';
import { toCsv } from '../../domain/csv';
import { localIsoDate } from '../../domain/dates';
import { computeStatistics, type Statistics } from '../../domain/statistics';
import { sv } from '../../i18n/sv';
import { svLife } from '../../i18n/svLife';
import { useApp } from '../appContext';
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
  const app = useApp();
  const [stats] = createResource(async () => computeStatistics(await app.meetings.all(), localIsoDate(new Date())));

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
            <h2 id="stats-per-month">{t.perMonth}</h2>
            <DataTable labelledBy="stats-per-month" columns={[t.month, t.count]} rows={s().perMonth.map((m) => [m.month, String(m.count)])} />
            <h2 id="stats-phases">{t.phases}</h2>
            <DataTable
              labelledBy="stats-phases"
              columns={[t.phase, t.meetings, t.budget, t.spent]}
              rows={s().phases.map((p) => [p.title, String(p.meetings), minutes(p.budgetMs).toLocaleString('sv-SE'), minutes(p.spentMs).toLocaleString('sv-SE')])}
            />
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

/** A table of figures. Too wide for a narrow screen, it scrolls sideways in its own region (reachable by keyboard), not the page. */
function DataTable(props: { labelledBy: string; columns: string[]; rows: string[][] }) {
  return (
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby={props.labelledBy} data-scroll-region>
      <table>
        <thead>
          <tr>
            <For each={props.columns}>{(title) => <th scope="col">{title}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>{(row) => <tr>{<For each={row}>{(cell) => <td>{cell}</td>}</For>}</tr>}</For>
        </tbody>
      </table>
    </div>
  );
}
