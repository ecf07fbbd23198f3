// Make a batch of PDFs and get them off the tablet: each file shared or saved on its own, all of
// them as one ZIP, or one combined PDF for printing. jsPDF and the font are loaded on the first
// press (src/pdf/make.ts), from the service worker's cache when offline.
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import type { PdfDocument } from '../../pdf/model';
import type { MadeBatch } from '../../pdf/make';
import { formatBytes } from '../../i18n/format';
import { svPdf } from '../../i18n/svPdf';
import { Checkbox } from '../components/fields';
import { canShareFiles, saveFile, shareFiles } from '../saveFile';
import { focusLost } from '../focusLost';

const t = svPdf.export;

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'making'; done: number; total: number }
  | { kind: 'made'; batch: MadeBatch; docs: PdfDocument[]; withIdNumber: boolean }
  | { kind: 'failed' }
  /** Files were made, then what they are made from changed: they are dropped, and the panel says so. */
  | { kind: 'outdated' };

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
  /**
   * "Ta med personnummer", offered only when the plan has one (`idNumber` not blank). Files made
   * with it are never shared without asking first; saving and printing stay as they are.
   */
  idNumberOption?: { idNumber: string; include: boolean; onChange: (include: boolean) => void };
  /**
   * What the files are made from (read in a tracking scope, e.g. the plan's `updatedAt`): when it
   * changes, files made before are dropped, so that an invitation with an old date or place is
   * never offered for saving or sharing.
   */
  madeFrom?: () => unknown;
  /**
   * Told once the files are made, before the panel offers them: what it changes of `madeFrom`
   * then does not drop them (the invitations record that they are made).
   */
  onMade?: () => void;
  /**
   * What the plan keeps of files made before, said under the intro (when the invitations were
   * made); `warns` when it asks the chair to act. Not said while the panel itself says its files
   * are dropped, so that one change is announced once.
   */
  madeNote?: { text: string; warns: boolean };
}) {
  const [state, setState] = createSignal<State>({ kind: 'idle' });
  const idNumberOffered = createMemo(() => (props.idNumberOption?.idNumber.trim() ?? '') !== '');
  /** The personnummer goes into the files made now. */
  const withIdNumber = createMemo(() => idNumberOffered() && Boolean(props.idNumberOption?.include));
  /**
   * A made combined PDF waiting for its own press: a browser saves a file only soon after a press
   * (a few seconds), and making every copy again can take longer on a slow tablet.
   */
  const [combinedReady, setCombinedReady] = createSignal<{ name: string; bytes: Uint8Array } | null>(null);
  // Files made with the other choice are dropped when it changes.
  createEffect(
    on(
      withIdNumber,
      () => {
        setState({ kind: 'idle' });
        setCombinedReady(null);
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.madeFrom?.(),
      () => {
        if (state().kind !== 'made') return;
        setState({ kind: 'outdated' });
        setCombinedReady(null);
      },
      { defer: true },
    ),
  );
  const [busy, setBusy] = createSignal('');
  let makeButton: HTMLButtonElement | undefined;
  const [actionProblem, setActionProblem] = createSignal('');
  const shareable = canShareFiles();
  const working = () => state().kind === 'loading' || state().kind === 'making' || busy() !== '';

  async function make() {
    if (props.confirm && !window.confirm(props.confirm)) return;
    setActionProblem('');
    setCombinedReady(null);
    const included = withIdNumber();
    performance.mark(PDF_MARKS.start);
    setState({ kind: 'loading' });
    try {
      const [maker, docs] = await Promise.all([loadMaker(), props.documents()]);
      const batch = await maker.makePdfs(docs, (done, total) => {
        if (done === 1) performance.mark(PDF_MARKS.first);
        setState({ kind: 'making', done, total });
      });
      performance.mark(PDF_MARKS.done);
      props.onMade?.();
      setState({ kind: 'made', batch, docs, withIdNumber: included });
      refocus(() => document.getElementById(`${props.id}-files`));
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
      refocus(() => makeButton);
    }
  }

  /**
   * The make button is disabled while the files are made, which takes focus off it: focus then
   * goes to what came of it (the made files, or the button again after a failure), unless the
   * chair has moved on meanwhile.
   */
  function refocus(target: () => HTMLElement | null | undefined) {
    queueMicrotask(() => {
      if (focusLost()) target()?.focus();
    });
  }

  /**
   * Hands files to the share sheet, which offers e-mail: files with the personnummer go only after
   * the chair has been told it must not be e-mailed and still chosen to share.
   */
  function share(files: MadeBatch['files'], title: string) {
    const s = state();
    if (s.kind === 'made' && s.withIdNumber && !window.confirm(t.shareIdNumberConfirm)) return;
    void whileBusy('', t.shareFailed, async () => {
      await shareFiles(files, title);
    });
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
    if (s.kind === 'outdated') return t.outdated;
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
      {/* Always there, so that a screen reader hears its text when it comes. */}
      <p role="status" class="made-note" classList={{ 'made-note--warns': props.madeNote?.warns === true }}>
        {state().kind === 'outdated' ? '' : (props.madeNote?.text ?? '')}
      </p>
      <Show when={idNumberOffered() && props.idNumberOption}>
        {(option) => (
          <>
            <Checkbox label={t.includeIdNumber} checked={option().include} onChange={(on) => option().onChange(on)} />
            <p class="hint">{t.includeIdNumberHint}</p>
          </>
        )}
      </Show>
      <p>
        <button type="button" class="primary" ref={makeButton} onClick={() => void make()} disabled={working() || Boolean(props.blocked)}>
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
            <h3 id={`${props.id}-files`} tabindex="-1">
              {t.files}
            </h3>
            {/* Each file is named by whom it is for ("Kallelse – Lisa Andersson, Socialtjänsten"), its file name below. */}
            <ul class="export-files" aria-labelledby={`${props.id}-files`}>
              <For each={m().batch.files}>
                {(file, n) => (
                  <li aria-labelledby={`${props.id}-file-${n()}`}>
                    <span class="export-file">
                      <span class="export-name" id={`${props.id}-file-${n()}`}>
                        {file.owner || file.name}
                      </span>
                      <span class="hint">
                        {file.name} · {t.pages(file.pages)} · {formatBytes(file.bytes.length)}
                      </span>
                    </span>
                    <span class="export-actions">
                      <Show when={shareable}>
                        <button type="button" class="secondary" onClick={() => share([file], file.name)}>
                          {t.share}
                          <span class="visually-hidden">{t.forWhom(file.owner || file.name)}</span>
                        </button>
                      </Show>
                      <button type="button" class="secondary" onClick={() => saveFile(file.name, file.bytes, 'application/pdf')}>
                        {t.save}
                        <span class="visually-hidden">{t.forWhom(file.owner || file.name)}</span>
                      </button>
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <p class="choice-row">
              <Show when={shareable}>
                <button type="button" class="secondary" disabled={working()} onClick={() => share(m().batch.files, props.batchName)}>
                  {t.shareAll}
                </button>
              </Show>
              <button
                type="button"
                class="secondary"
                disabled={working()}
                onClick={() =>
                  void whileBusy('', t.saveFailed, async () => {
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
                  void whileBusy(t.makingCombined, t.saveFailed, async () => {
                    const maker = await loadMaker();
                    const combined = await maker.makeCombinedPdf(m().docs, `${props.batchName}-${t.combinedName}`);
                    if (navigator.userActivation?.isActive ?? true) saveFile(combined.name, combined.bytes, 'application/pdf');
                    else setCombinedReady(combined);
                  })
                }
              >
                {t.saveCombined}
              </button>
              <Show when={combinedReady()}>
                {(ready) => (
                  <>
                    <span role="status">{t.combinedReady}</span>
                    <button
                      type="button"
                      class="primary"
                      onClick={() => {
                        saveFile(ready().name, ready().bytes, 'application/pdf');
                        setCombinedReady(null);
                      }}
                    >
                      {t.saveCombinedReady}
                    </button>
                  </>
                )}
              </Show>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
