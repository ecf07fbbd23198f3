// Make a batch of PDFs and get them off the tablet: each file shared or saved on its own, all of
// them as one ZIP, or one combined PDF for printing. jsPDF and the font are loaded on the first
// press (src/pdf/make.ts), from the service worker's cache when offline.
import { createEffect, createSignal, For, on, Show, type JSX } from 'solid-js';
import type { PdfDocument } from '../../pdf/model';
import type { MadeBatch } from '../../pdf/make';
import { formatBytes } from '../../i18n/format';
import { svPdf } from '../../i18n/svPdf';
import { canShareFiles, saveFile, shareFiles } from '../saveFile';

const t = svPdf.export;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'making'; done: number; total: number }
  | { kind: 'made'; batch: MadeBatch; docs: PdfDocument[] }
  | { kind: 'failed' };

// Marks for `npm run bench`: press → first file → all files.
export const PDF_MARKS = { start: 'sip:pdf-start', first: 'sip:pdf-first', done: 'sip:pdf-done' } as const;

function loadMaker() {
  return import('../../pdf/make');
}

export function ExportPanel(props: {
  id: string;
  heading: string;
  intro: string;
  makeLabel: string;
  /** Why nothing can be made yet, e.g. no participants; the button is then disabled. */
  blocked?: string;
  /** Name (without extension) of the ZIP and the combined PDF. */
  batchName: string;
  documents: () => PdfDocument[] | Promise<PdfDocument[]>;
  /** Asked (and confirmed) before anything is made, e.g. when consent is withdrawn. */
  confirm?: string;
  /** An export option (e.g. with personnummer): when it changes, files made without it are dropped. */
  option?: unknown;
  children?: JSX.Element;
}) {
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  createEffect(on(() => props.option, () => setState({ kind: 'idle' }), { defer: true }));
  const [busy, setBusy] = createSignal('');
  const [actionProblem, setActionProblem] = createSignal('');
  const shareable = canShareFiles();
  const working = () => state().kind === 'loading' || state().kind === 'making' || busy() !== '';

  async function make() {
    if (props.confirm && !window.confirm(props.confirm)) return;
    setActionProblem('');
    performance.mark(PDF_MARKS.start);
    setState({ kind: 'loading' });
    try {
      const [maker, docs] = await Promise.all([loadMaker(), props.documents()]);
      const batch = await maker.makePdfs(docs, (done, total) => {
        if (done === 1) performance.mark(PDF_MARKS.first);
        setState({ kind: 'making', done, total });
      });
      performance.mark(PDF_MARKS.done);
      setState({ kind: 'made', batch, docs });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  }

  /** Runs an action on the made files; a failure is said, and the made files stay. */
  async function whileBusy(what: string, failedText: string, action: () => Promise<void>) {
    setBusy(what);
    setActionProblem('');
    try {
      await action();
    } catch (error) {
      console.error(error);
      setActionProblem(failedText);
    } finally {
      setBusy('');
    }
  }

  const statusText = () => {
    const s = state();
    if (busy()) return busy();
    if (s.kind === 'loading') return t.loading;
    if (s.kind === 'making') return t.progress(s.done, s.total);
    if (s.kind === 'made') return t.done(s.batch.files.length);
    return '';
  };

  const made = () => {
    const s = state();
    return s.kind === 'made' ? s : null;
  };

  return (
    <section class="export" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      <p class="hint">{props.intro}</p>
      {props.children}
      <p>
        <button type="button" class="primary" onClick={make} disabled={working() || Boolean(props.blocked)}>
          {props.makeLabel}
        </button>
      </p>
      <Show when={props.blocked}>
        <p class="hint">{props.blocked}</p>
      </Show>
      <p role="status" class="export-status">
        {statusText()}
      </p>
      <Show when={actionProblem()}>
        <p class="error" role="alert">
          {actionProblem()}
        </p>
      </Show>
      <Show when={state().kind === 'failed'}>
        <p class="error" role="alert">
          {t.failed}
        </p>
      </Show>
      <Show when={made()}>
        {(m) => (
          <>
            <Show when={m().batch.unprintable.length > 0}>
              <p class="banner" role="alert">
                {t.unprintable(m().batch.unprintable.join(' '))}
              </p>
            </Show>
            <h3>{t.files}</h3>
            <ul class="export-files">
              <For each={m().batch.files}>
                {(file) => (
                  <li>
                    <span class="export-file">
                      <span class="export-name">{file.name}</span>
                      <span class="hint">
                        {file.owner} · {t.pages(file.pages)} · {formatBytes(file.bytes.length)}
                      </span>
                    </span>
                    <span class="export-actions">
                      <Show when={shareable}>
                        <button type="button" class="secondary" onClick={() => whileBusy('', t.shareFailed, async () => void (await shareFiles([file], file.name)))}>
                          {t.share}
                          <span class="visually-hidden">{t.forWhom(file.owner)}</span>
                        </button>
                      </Show>
                      <button type="button" class="secondary" onClick={() => saveFile(file.name, file.bytes, 'application/pdf')}>
                        {t.save}
                        <span class="visually-hidden">{t.forWhom(file.owner)}</span>
                      </button>
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <p class="choice-row">
              <Show when={shareable}>
                <button type="button" class="secondary" disabled={working()} onClick={() => whileBusy('', t.shareFailed, async () => void (await shareFiles(m().batch.files, props.batchName)))}>
                  {t.shareAll}
                </button>
              </Show>
              <button
                type="button"
                class="secondary"
                disabled={working()}
                onClick={() =>
                  whileBusy('', t.saveFailed, async () => {
                    const maker = await loadMaker();
                    saveFile(`${props.batchName}.zip`, maker.zipFiles(m().batch.files), 'application/zip');
                  })
                }
              >
                {t.saveZip}
              </button>
              <button
                type="button"
                class="secondary"
                disabled={working()}
                onClick={() =>
                  whileBusy(t.makingCombined, t.saveFailed, async () => {
                    const maker = await loadMaker();
                    const combined = await maker.makeCombinedPdf(m().docs, `${props.batchName}-${t.combinedName}`);
                    saveFile(combined.name, combined.bytes, 'application/pdf');
                  })
                }
              >
                {t.saveCombined}
              </button>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
