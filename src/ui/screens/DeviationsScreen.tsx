// Every plan's deviations in one list, exported for the organisation's deviation routine as CSV
// or PDF (plan ids, no names of the person).
import { createResource, For, Show } from 'solid-js';
import { localIsoDate } from '../../domain/dates';
import { sortDeviations } from '../../domain/deviations';
import { formatDate } from '../../i18n/format';
import { sv } from '../../i18n/sv';
import { svLife } from '../../i18n/svLife';
import { deviationsCsv, deviationsDocument } from '../../pdf/deviationDocument';
import { useApp } from '../appContext';
import { ExportPanel } from '../pdf/ExportPanel';
import { saveFile } from '../saveFile';
import { useTitle } from '../title';

const t = svLife.deviations;

export default function DeviationsScreen() {
  useTitle(t.allHeading);
  const app = useApp();
  const [all] = createResource(async () => {
    const { deviations, plans } = await app.deviations.listWithPlans();
    const names = new Map(plans.map((p) => [p.id, p.person.name.trim() || sv.list.unnamed]));
    return { list: sortDeviations(deviations), names };
  });

  function exportCsv() {
    const data = all();
    if (!data) return;
    saveFile(`${t.csvName(localIsoDate(new Date()))}.csv`, new TextEncoder().encode(deviationsCsv(data.list)), 'text/csv;charset=utf-8');
  }

  return (
    <>
      <h1>{t.allHeading}</h1>
      <p class="lead">{t.allIntro}</p>
      <Show when={all()} fallback={<p>{sv.app.loading}</p>}>
        {(data) => (
          <>
            <p role="status">{t.count(data().list.length)}</p>
            <Show when={data().list.length > 0} fallback={<p class="empty">{t.none}</p>}>
              <ul class="item-list" aria-label={t.listLabel}>
                <For each={data().list}>
                  {(d) => (
                    <li class="item">
                      <p>
                        <strong>{formatDate(d.date)}</strong> · {t.types[d.type]} ·{' '}
                        <a href={`/plan/${d.planId}/avvikelser`}>{data().names.get(d.planId) ?? d.planId}</a>
                      </p>
                      <p dir="auto">
                        {d.parties}: {d.description}
                      </p>
                    </li>
                  )}
                </For>
              </ul>
              <p>
                <button type="button" class="primary" onClick={exportCsv}>
                  {t.exportCsv}
                </button>
              </p>
              <ExportPanel
                id="deviations-pdf"
                heading={t.exportPdf}
                intro={t.allIntro}
                makeLabel={t.exportPdf}
                batchName={t.csvName(localIsoDate(new Date()))}
                documents={() => [deviationsDocument(data().list, localIsoDate(new Date()))]}
              />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
