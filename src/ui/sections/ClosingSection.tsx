// Avsluta (DOMAIN.md step 7): the date, the reason and where the person turns if the need comes
// back; then the plan is read-only, a notice for every participant can be made, and a need that
// comes back starts a new SIP. The form is autosaved in the plan until the SIP is closed.
import { useNavigate } from '@solidjs/router';
import { createMemo, createSignal, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { localIsoDate } from '../../domain/dates';
import { canClose, isReadOnly, newClosing, validateClosing } from '../../domain/lifecycle';
import { CLOSING_REASONS, hasWithdrawnConsent, type Closing, type ClosingReason } from '../../domain/plan';
import { formatDate } from '../../i18n/format';
import { svLife } from '../../i18n/svLife';
import { svPdf } from '../../i18n/svPdf';
import { closingNotices } from '../../pdf/closingDocument';
import { fileName } from '../../pdf/fileName';
import { useApp } from '../appContext';
import { ActionFailed } from '../components/Failures';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { createAction } from '../failures';
import { ExportPanel } from '../pdf/ExportPanel';
import { today, usePlanEditor } from '../planEditor';

const t = svLife.closing;

export default function ClosingSection() {
  const { plan } = usePlanEditor();
  return (
    <>
      <h2 id="section-heading">{t.heading}</h2>
      <Show when={isReadOnly(plan.status)} fallback={<Show when={canClose(plan.status)}>{<CloseForm />}</Show>}>
        <Closed />
      </Show>
    </>
  );
}

function CloseForm() {
  const { plan, edit, show } = usePlanEditor();
  const app = useApp();
  const [tried, setTried] = createSignal(false);
  const closing = (): Closing => plan.closing ?? newClosing(today());
  const problems = createMemo(() => validateClosing(closing(), today()));
  const change = (update: (c: Closing) => void) =>
    edit((p) => {
      p.closing ??= newClosing(today());
      update(p.closing);
    });

  async function close() {
    setTried(true);
    if (Object.keys(problems()).length > 0) return;
    if (!window.confirm(t.confirm(plan.person.name.trim()))) return;
    const closed = await app.plans.close(unwrap(plan), unwrap(closing()));
    if (closed) show(closed);
  }

  return (
    <>
      <p class="lead">{t.intro}</p>
      <TextField
        label={t.date}
        type="date"
        value={closing().date}
        problem={problems()['closing.date']}
        submitted={tried()}
        onInput={(v) => change((c) => (c.date = v))}
      />
      <RadioGroup<ClosingReason>
        legend={t.reason}
        value={closing().reason}
        options={Object.fromEntries(CLOSING_REASONS.map((r) => [r, t.reasons[r]])) as Record<ClosingReason, string>}
        onChange={(v) => change((c) => (c.reason = v))}
      />
      <TextField
        label={t.reasonText}
        hint={t.reasonTextHint}
        value={closing().reasonText}
        problem={problems()['closing.reasonText']}
        submitted={tried()}
        onInput={(v) => change((c) => (c.reasonText = v))}
      />
      <TextArea
        label={t.whereToTurn}
        hint={t.whereToTurnHint}
        required
        value={closing().whereToTurn}
        problem={tried() ? problems()['closing.whereToTurn'] : undefined}
        submitted={tried()}
        onInput={(v) => change((c) => (c.whereToTurn = v))}
      />
      <Show when={tried() && Object.keys(problems()).length > 0}>
        <p class="error" role="alert">
          {t.problems}
        </p>
      </Show>
      <button type="button" class="danger" onClick={() => void close()}>
        {t.close}
      </button>
    </>
  );
}

function Closed() {
  const { plan } = usePlanEditor();
  const navigate = useNavigate();
  const app = useApp();
  const reason = () => (plan.closing ? t.reasons[plan.closing.reason] : '');

  const startNew = createAction(async () => {
    const next = await app.plans.startNewSip(unwrap(plan));
    navigate(`/plan/${next.id}/person`);
  });

  return (
    <>
      <p class="banner">{t.closed(formatDate(plan.closing?.date ?? ''), reason())}</p>
      <ExportPanel
        id="closing-notices"
        heading={t.noticesHeading}
        intro={t.noticesIntro}
        makeLabel={t.makeNotices}
        batchName={fileName(t.noticesName, plan.closing?.date ?? '', plan.person.name)}
        documents={async () => {
          return closingNotices({ plan: unwrap(plan), version: plan.agreed?.version ?? 0, madeOn: localIsoDate(new Date()) });
        }}
        confirm={hasWithdrawnConsent(plan) ? svPdf.export.withdrawnConfirm : undefined}
      />
      <h3>{t.newSip}</h3>
      <p class="hint">{t.newSipHint}</p>
      <button type="button" class="secondary" onClick={() => void startNew.run()} disabled={startNew.busy()}>
        {t.newSip}
      </button>
      <ActionFailed action={startNew} />
    </>
  );
}
