// Sammanfattning on one screen: what was agreed (goals with their interventions, the same
// interventions per organisation, own actions, parked issues), disagreements written down, the
// lead, and the person's own answer.
import { createMemo, For, Show } from 'solid-js';
import {
  interventionsByGoal,
  interventionsByOrganisation,
  PERSON_ID,
  performerName,
  responsibleOrganisation,
  type Agreement,
  type Intervention,
} from '../../../domain/meeting';
import { newId } from '../../../app/ids';
import { svCapture } from '../../../i18n/svCapture';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields';
import { ItemList } from '../../components/ItemList';
import { formatDate } from '../../../i18n/format';
import { useMeetingEditor } from '../../meetingEditor';
import { createUndo } from './common';
import { goalLabel, participantOptions } from './labels';
import './tools.css';

const t = svCapture.summary;

export default function SummaryTool() {
  return (
    <div class="tool tool--summary">
      <ByGoal />
      <ByOrganisation />
      <OwnAndParked />
      <Disagreements />
      <Lead />
      <PersonsAnswer />
    </div>
  );
}

/** One intervention as a sentence, with what is still missing for it to be followed up. */
function InterventionSentence(props: { item: Intervention }) {
  const { plan, nameOf } = useMeetingEditor();
  const who = () => performerName(props.item, plan.participants, nameOf(PERSON_ID)) || (props.item.performerKind === 'familjen' ? t.family : '');
  const organisation = () => responsibleOrganisation(props.item, plan.participants);
  const sentence = () =>
    t.sentence({
      what: props.item.what.trim() || t.untitled,
      who: who(),
      organisation: props.item.performerKind === 'personen' ? '' : organisation(),
      start: props.item.startDate ? formatDate(props.item.startDate) : '',
      when: props.item.when.trim(),
      frequency: props.item.frequency.trim(),
      where: props.item.where.trim(),
    });
  const missing = () => {
    const m = t.missingFields;
    const i = props.item;
    return [
      !who() && !organisation() && m.who,
      !i.startDate && m.start,
      !i.when.trim() && m.when,
      !i.frequency.trim() && m.frequency,
      !i.where.trim() && m.where,
    ].filter((x): x is string => Boolean(x));
  };
  return (
    <li>
      <span dir="auto">{sentence()}</span>
      <Show when={missing().length > 0}>
        <span class="missing"> {t.missing(missing())}</span>
      </Show>
    </li>
  );
}

function InterventionSentences(props: { items: Intervention[]; empty: string }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="empty">{props.empty}</p>}>
      <ul class="tool-list sentences">
        <For each={props.items}>{(item) => <InterventionSentence item={item} />}</For>
      </ul>
    </Show>
  );
}

function ByGoal() {
  const { meeting } = useMeetingEditor();
  const groups = createMemo(() => interventionsByGoal(meeting));
  const title = (goalId: string) => {
    const goal = meeting.goals.find((g) => g.id === goalId);
    if (!goal) return t.noGoalGroup;
    const label = goalLabel(meeting.goals, goal);
    return goal.text.trim() ? `${svCapture.needs.goalLabel[goal.term]}: ${label}` : label;
  };
  return (
    <section class="tool-section">
      <h2>{t.byGoalHeading}</h2>
      <Show when={groups().length > 0} fallback={<p class="empty">{t.goalsEmpty}</p>}>
        <For each={groups()}>
          {(group) => (
            <>
              <h3 dir="auto">{title(group.goalId)}</h3>
              <InterventionSentences items={group.interventions} empty={t.noInterventions} />
            </>
          )}
        </For>
      </Show>
    </section>
  );
}

function ByOrganisation() {
  const { meeting, plan } = useMeetingEditor();
  const groups = createMemo(() => interventionsByOrganisation(meeting, plan.participants));
  return (
    <section class="tool-section">
      <h2>{t.byOrganisationHeading}</h2>
      <Show when={groups().length > 0} fallback={<p class="empty">{t.interventionsEmpty}</p>}>
        <For each={groups()}>
          {(group) => (
            <>
              <h3 dir="auto">{group.organisation || t.noOrganisation}</h3>
              <InterventionSentences items={group.interventions} empty={t.interventionsEmpty} />
            </>
          )}
        </For>
      </Show>
    </section>
  );
}

function OwnAndParked() {
  const { meeting } = useMeetingEditor();
  return (
    <>
      <section class="tool-section">
        <h2>{t.ownHeading}</h2>
        <Show when={meeting.ownActions.length > 0} fallback={<p class="empty">{t.ownEmpty}</p>}>
          <ul class="tool-list">
            <For each={meeting.ownActions}>
              {(a) => (
                <li>
                  <strong>{t.ownBy[a.by]}:</strong> <span dir="auto">{a.text}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section class="tool-section">
        <h2>{t.parkedHeading}</h2>
        <Show when={meeting.parked.length > 0} fallback={<p class="empty">{t.parkedEmpty}</p>}>
          <ul class="tool-list">
            <For each={meeting.parked}>{(p) => <li dir="auto">{p.text}</li>}</For>
          </ul>
        </Show>
      </section>
    </>
  );
}

function Disagreements() {
  const { meeting, dispatch } = useMeetingEditor();
  const setText = (id: string, field: 'what' | 'between') => (value: string) => dispatch({ type: 'set-text', target: { at: 'disagreements', id, field }, value });
  const undo = createUndo();
  return (
    <section class="tool-section">
      <h2>{t.disagreementsHeading}</h2>
      <p class="hint">{t.disagreementsHint}</p>
      <ItemList
        items={meeting.disagreements}
        empty={t.disagreementsEmpty}
        legend={(_, i) => t.disagreement(i + 1)}
        removeLabel={svCapture.common.remove}
        addLabel={t.addDisagreement}
        onAdd={() => dispatch({ type: 'add-disagreement', id: newId() })}
        onRemove={(item, i) => undo.remove('disagreements', item, t.disagreement(i + 1))}
      >
        {(item) => (
          <>
            <TextArea label={t.disagreementWhat} rows={2} value={item.what} onInput={setText(item.id, 'what')} />
            <TextField label={t.disagreementBetween} hint={t.disagreementBetweenHint} value={item.between} onInput={setText(item.id, 'between')} />
          </>
        )}
      </ItemList>
      <undo.View />
    </section>
  );
}

function Lead() {
  const { meeting, dispatch, plan } = useMeetingEditor();
  const options = createMemo(() => participantOptions(plan.participants, t.noLead));
  const organisation = () => plan.participants.find((p) => p.id === meeting.leadParticipantId)?.organisation.trim() ?? '';
  return (
    <section class="tool-section" data-finish="lead">
      <h2>{t.leadHeading}</h2>
      <SelectField
        label={t.lead}
        hint={t.leadHint}
        value={Object.hasOwn(options(), meeting.leadParticipantId) ? meeting.leadParticipantId : ''}
        options={options()}
        onChange={(participantId) => dispatch({ type: 'set-lead', participantId })}
      />
      <Show when={organisation()}>
        <p class="lead-organisation" dir="auto">
          {t.leadOrganisation(organisation())}
        </p>
      </Show>
      <TextArea
        label={t.leadRole}
        hint={t.leadRoleHint}
        rows={2}
        value={meeting.leadRole}
        onInput={(value) => dispatch({ type: 'set-text', target: { at: 'meeting', field: 'leadRole' }, value })}
      />
    </section>
  );
}

type Answer = Exclude<Agreement, ''>;

function PersonsAnswer() {
  const { meeting, dispatch } = useMeetingEditor();
  return (
    <section class="tool-section" data-finish="answer">
      <RadioGroup<Answer>
        legend={t.agreementLegend}
        hint={t.agreementQuestion}
        // '' (not yet answered) matches no option, so no radio is checked.
        value={meeting.agreement as Answer}
        options={t.agreement}
        onChange={(agreement) => dispatch({ type: 'set-agreement', agreement })}
      />
      <TextArea
        label={t.personWords}
        rows={3}
        value={meeting.personWords}
        onInput={(value) => dispatch({ type: 'set-text', target: { at: 'meeting', field: 'personWords' }, value })}
      />
    </section>
  );
}
