// What was prepared with the person, at hand in every phase of the meeting: "Vad är viktigt för
// dig?", the purpose and questions, practical needs, the consent's scope and what must not be
// shared or discussed. Read from the plan (read-only here). A disclosure in the phase panel,
// never over the timers or a field; it belongs to the chair's screen only, never the room view.
import { createSignal, createUniqueId, For, Show, type JSX } from 'solid-js';
import type { MeetingPhase } from '../../domain/meeting';
import type { Consent, Plan } from '../../domain/plan';
import { sv } from '../../i18n/sv';
import { svMeeting } from '../../i18n/svMeeting';
import { useMeetingEditor } from '../meetingEditor';

const t = svMeeting.prepared;

/** A phase that works from the questions: Behov (the needs tool), or one whose prompt says "Utgå från frågeställningarna". */
export function phaseUsesQuestions(phase: MeetingPhase): boolean {
  return phase.tools.includes('behov') || phase.prompts.some((p) => /utgå från frågeställning/i.test(p.text));
}

function Text(props: { value: string }) {
  return (
    <Show when={props.value.trim()} fallback={<p class="hint">{t.notFilled}</p>}>
      <p class="prepared-text">{props.value.trim()}</p>
    </Show>
  );
}

function Questions(props: { plan: Plan }) {
  const questions = () => props.plan.preparation.questions.filter((q) => q.text.trim());
  return (
    <Show when={questions().length > 0} fallback={<p class="hint">{t.noQuestions}</p>}>
      <ol class="prepared-questions">
        <For each={questions()}>{(q) => <li>{q.text.trim()}</li>}</For>
      </ol>
    </Show>
  );
}

function Fact(props: { label: string; children: JSX.Element }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function ConsentItem(props: { consent: Consent }) {
  const c = () => props.consent;
  const scopes = () => c().scopes.filter((s) => s.party.trim() || s.information.trim());
  return (
    <li class="prepared-consent">
      <p>
        {t.consentBy(sv.consentGivers[c().givenBy], c().givenByName.trim(), sv.consentForms[c().form])}
        <Show when={c().withdrawn}>
          {' '}
          <strong class="badge">{t.withdrawn(c().withdrawnDate)}</strong>
        </Show>
        <Show when={!c().withdrawn && c().validUntil}>. {t.validUntil(c().validUntil)}</Show>
      </p>
      <Show when={scopes().length > 0}>
        <p class="prepared-label">{t.mayShare}</p>
        <ul>
          <For each={scopes()}>
            {(s) => (
              <li>
                {s.party.trim()}
                {s.party.trim() && s.information.trim() ? ': ' : ''}
                {s.information.trim()}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={c().notShared.trim()}>
        <p class="prepared-label prepared-label--limit">{t.notShared}</p>
        <p class="prepared-text">{c().notShared.trim()}</p>
      </Show>
    </li>
  );
}

/** The prepared items, with a heading each. */
function PreparedContent(props: { plan: Plan; headingId: string }) {
  const prep = () => props.plan.preparation;
  const practical = () => prep().practical;
  return (
    <>
      <h2 id={props.headingId}>{t.heading}</h2>
      <Show when={practical().notToDiscuss.trim()}>
        <div class="prepared-limit">
          <h3>{t.notToDiscuss}</h3>
          <p class="prepared-text">{practical().notToDiscuss.trim()}</p>
        </div>
      </Show>
      <h3>{t.whatMatters}</h3>
      <Text value={prep().whatMatters} />
      <h3>{t.purpose}</h3>
      <Text value={prep().purpose} />
      <h3>{t.questions}</h3>
      <Questions plan={props.plan} />
      <h3>{t.practical}</h3>
      <dl class="tool-facts prepared-facts">
        <Fact label={t.interpreter}>{practical().interpreterNeeded ? t.interpreterYes(practical().interpreterLanguage.trim()) : t.interpreterNo}</Fact>
        <Show when={practical().relativePresent}>
          <Fact label={t.relative}>{practical().relativeName.trim() || sv.list.unnamed}</Fact>
        </Show>
        <Fact label={t.cognitiveSupport}>{practical().cognitiveSupport.trim() || t.notFilled}</Fact>
      </dl>
      <h3>{t.consent}</h3>
      <Show when={props.plan.consents.length > 0} fallback={<p class="hint">{t.noConsent}</p>}>
        <ul class="prepared-consents">
          <For each={props.plan.consents}>{(c) => <ConsentItem consent={c} />}</For>
        </ul>
      </Show>
    </>
  );
}

/**
 * "Visa det förberedda": a button beside the phase heading that opens the prepared items right
 * below it, pushing the work down rather than covering it. It stays open across phases.
 */
export function PreparedPanel() {
  const { plan } = useMeetingEditor();
  const [open, setOpen] = createSignal(false);
  const panelId = `prepared-${createUniqueId()}`;
  const headingId = `${panelId}-heading`;
  return (
    <div class="prepared">
      <button type="button" class="secondary prepared-toggle" aria-expanded={open()} aria-controls={panelId} onClick={() => setOpen(!open())}>
        {open() ? t.hide : t.show}
      </button>
      <section id={panelId} class="prepared-panel" aria-labelledby={headingId} hidden={!open()}>
        <PreparedContent plan={plan} headingId={headingId} />
      </section>
    </div>
  );
}

/** The questions beside the capture in a phase that works from them ("Utgå från frågeställningarna"). */
export function PhaseQuestions() {
  const { plan } = useMeetingEditor();
  const headingId = `questions-${createUniqueId()}`;
  return (
    <section class="phase-questions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.questionsBeside}</h2>
      <Questions plan={plan} />
      <Show when={plan.preparation.practical.notToDiscuss.trim()}>
        <p class="prepared-limit-line">
          <strong>{t.notToDiscuss}:</strong> {plan.preparation.practical.notToDiscuss.trim()}
        </p>
      </Show>
    </section>
  );
}
