// Behov: quick capture of goals, interventions, own actions and parked issues, for a tablet on
// the table. Everything is inline (nothing modal, removal is undone in place rather than confirmed);
// adding an item moves focus to its first field.
import { createMemo, For, Show } from 'solid-js';
import {
  newGoal,
  newIntervention,
  type Goal,
  type GoalTerm,
  type Intervention,
  type OwnAction,
  type ParkedIssue,
} from '../../../domain/meeting';
import { svCapture } from '../../../i18n/svCapture';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields';
import { ItemList } from '../../components/ItemList';
import { useMeetingEditor } from '../../meetingEditor';
import { changeById, newId } from '../../planEditor';
import { createUndo, firstName, goalLabel, participantOptions } from './common';
import './tools.css';

const t = svCapture.needs;

export default function NeedsTool() {
  return (
    <div class="tool tool--needs">
      <Goals />
      <Interventions />
      <OwnActions />
      <Parked />
    </div>
  );
}

/** Focuses the first field of the intervention with this id (it was just added). */
function focusIntervention(id: string) {
  queueMicrotask(() => {
    const at = `[data-intervention="${CSS.escape(id)}"]`;
    document.querySelector<HTMLElement>(`${at} textarea, ${at} input`)?.focus();
  });
}

function Goals() {
  const { plan } = useMeetingEditor();
  return (
    <section class="tool-section">
      <h2>{t.goalsHeading}</h2>
      <p class="hint">{t.goalsHint(firstName(plan))}</p>
      <GoalList term="lang" heading={t.longHeading} />
      <GoalList term="kort" heading={t.shortHeading} />
    </section>
  );
}

function GoalList(props: { term: GoalTerm; heading: string }) {
  const { meeting, edit, plan } = useMeetingEditor();
  const goals = createMemo(() => meeting.goals.filter((g) => g.term === props.term));
  const long = () => props.term === 'lang';
  const example = () => (long() ? t.longExample(firstName(plan)) : t.shortExample(firstName(plan)));
  const linked = (goal: Goal) => meeting.interventions.filter((i) => i.goalId === goal.id);
  const undo = createUndo();

  function addIntervention(goalId: string) {
    const id = newId();
    edit((d) => void d.interventions.push(newIntervention(id, goalId)));
    focusIntervention(id);
  }

  return (
    <div class="goal-list">
      <h3>{props.heading}</h3>
      <ItemList
        items={goals()}
        empty={long() ? t.longEmpty : t.shortEmpty}
        legend={(_, i) => t.goalNumbered(props.term, i + 1)}
        removeLabel={svCapture.common.remove}
        addLabel={long() ? t.addLong : t.addShort}
        onAdd={() => edit((d) => void d.goals.push(newGoal(newId(), props.term)))}
        // Its interventions stay, without a goal, until the goal is put back or another is chosen.
        onRemove={(goal, i) => undo.remove(edit, (d) => d.goals, goal, t.goalNumbered(props.term, i + 1))}
      >
        {(goal) => (
          <>
            <TextArea
              label={t.goalLabel[props.term]}
              placeholder={example()}
              rows={2}
              value={goal.text}
              onInput={(v) => edit((d) => changeById(d.goals, goal.id, (g) => (g.text = v)))}
            />
            <p class="hint goal-interventions">
              {linked(goal).length > 0
                ? t.goalInterventions(linked(goal).map((i) => i.what.trim() || svCapture.summary.untitled))
                : t.goalNoInterventions}
            </p>
            <button type="button" class="secondary add" onClick={() => addIntervention(goal.id)}>
              + {t.addForGoal}
              <span class="visually-hidden"> {goalLabel(meeting.goals, goal)}</span>
            </button>
          </>
        )}
      </ItemList>
      <undo.View />
    </div>
  );
}

function Interventions() {
  const { meeting, edit } = useMeetingEditor();
  const undo = createUndo();
  return (
    <section class="tool-section">
      <h2>{t.interventionsHeading}</h2>
      <p class="hint">{t.interventionsHint}</p>
      <ItemList
        items={meeting.interventions}
        empty={t.interventionsEmpty}
        legend={(item, i) => t.intervention(i + 1, item.what.trim())}
        removeLabel={svCapture.common.remove}
        addLabel={t.addIntervention}
        onAdd={() => edit((d) => void d.interventions.push(newIntervention(newId(), '')))}
        onRemove={(item, i) => undo.remove(edit, (d) => d.interventions, item, t.intervention(i + 1, item.what.trim()))}
      >
        {(item) => <InterventionFields item={item} />}
      </ItemList>
      <undo.View />
    </section>
  );
}

function InterventionFields(props: { item: Intervention }) {
  const { meeting, edit, plan } = useMeetingEditor();
  const update = (change: (x: Intervention) => void) => edit((d) => changeById(d.interventions, props.item.id, change));
  const goalOptions = createMemo(() => {
    const options: Record<string, string> = { '': t.noGoal };
    // Long-term goals first, as they are listed above.
    for (const term of ['lang', 'kort'] as const) {
      for (const g of meeting.goals.filter((x) => x.term === term)) options[g.id] = goalLabel(meeting.goals, g);
    }
    return options;
  });
  const participants = createMemo(() => participantOptions(plan.participants, t.chooseParticipant));

  function chooseParticipant(id: string) {
    const participant = plan.participants.find((p) => p.id === id);
    update((x) => {
      x.participantId = id;
      x.organisation = participant?.organisation ?? '';
    });
  }

  return (
    <div data-intervention={props.item.id}>
      <TextArea
        label={t.what}
        hint={t.whatHint}
        rows={2}
        value={props.item.what}
        onInput={(v) => update((x) => (x.what = v))}
      />
      <SelectField
        label={t.goal}
        value={Object.hasOwn(goalOptions(), props.item.goalId) ? props.item.goalId : ''}
        options={goalOptions()}
        onChange={(v) => update((x) => (x.goalId = v))}
      />
      <RadioGroup
        legend={t.performerKind}
        value={props.item.performerKind}
        options={t.performerKinds}
        onChange={(v) => update((x) => (x.performerKind = v))}
      />
      <Show when={props.item.performerKind === 'deltagare'}>
        <Show when={plan.participants.length > 0} fallback={<p class="hint">{t.noParticipants}</p>}>
          <div class="row">
            <SelectField
              label={t.participant}
              value={Object.hasOwn(participants(), props.item.participantId) ? props.item.participantId : ''}
              options={participants()}
              onChange={chooseParticipant}
            />
            <TextField
              label={t.organisation}
              hint={t.organisationHint}
              value={props.item.organisation}
              onInput={(v) => update((x) => (x.organisation = v))}
            />
          </div>
        </Show>
      </Show>
      <Show when={props.item.performerKind === 'familjen' || props.item.performerKind === 'annan'}>
        <div class="row">
          <TextField
            label={props.item.performerKind === 'familjen' ? t.familyName : t.performerName}
            value={props.item.performerName}
            onInput={(v) => update((x) => (x.performerName = v))}
          />
          <Show when={props.item.performerKind === 'annan'}>
            <TextField
              label={t.organisation}
              value={props.item.organisation}
              onInput={(v) => update((x) => (x.organisation = v))}
            />
          </Show>
        </div>
      </Show>
      <div class="row">
        <TextField
          label={t.startDate}
          type="date"
          value={props.item.startDate}
          onInput={(v) => update((x) => (x.startDate = v))}
        />
        <TextField
          label={t.when}
          hint={t.whenHint}
          value={props.item.when}
          onInput={(v) => update((x) => (x.when = v))}
        />
      </div>
      <div class="row">
        <TextField
          label={t.frequency}
          hint={t.frequencyHint}
          value={props.item.frequency}
          onInput={(v) => update((x) => (x.frequency = v))}
        />
        <TextField label={t.where} value={props.item.where} onInput={(v) => update((x) => (x.where = v))} />
      </div>
    </div>
  );
}

function OwnActions() {
  const { meeting, edit } = useMeetingEditor();
  const update = (id: string, change: (x: OwnAction) => void) => edit((d) => changeById(d.ownActions, id, change));
  const undo = createUndo();
  return (
    <section class="tool-section">
      <h2>{t.ownHeading}</h2>
      <p class="hint">{t.ownHint}</p>
      <ItemList
        items={meeting.ownActions}
        empty={t.ownEmpty}
        legend={(_, i) => t.ownAction(i + 1)}
        removeLabel={svCapture.common.remove}
        addLabel={t.addOwn}
        onAdd={() => edit((d) => void d.ownActions.push({ id: newId(), by: 'personen', text: '' }))}
        onRemove={(item, i) => undo.remove(edit, (d) => d.ownActions, item, t.ownAction(i + 1))}
      >
        {(item) => (
          <>
            <TextArea label={t.ownText} rows={2} value={item.text} onInput={(v) => update(item.id, (x) => (x.text = v))} />
            <RadioGroup legend={t.ownBy} value={item.by} options={t.ownByOptions} onChange={(v) => update(item.id, (x) => (x.by = v))} />
          </>
        )}
      </ItemList>
      <undo.View />
    </section>
  );
}

function Parked() {
  const { meeting, edit } = useMeetingEditor();
  const undo = createUndo();
  return (
    <section class="tool-section">
      <h2>{t.parkedHeading}</h2>
      <p class="hint">{t.parkedHint}</p>
      <ItemList
        items={meeting.parked}
        empty={t.parkedEmpty}
        legend={(_, i) => t.parked(i + 1)}
        removeLabel={svCapture.common.remove}
        addLabel={t.addParked}
        onAdd={() => edit((d) => void d.parked.push({ id: newId(), text: '' } satisfies ParkedIssue))}
        onRemove={(item, i) => undo.remove(edit, (d) => d.parked, item, t.parked(i + 1))}
      >
        {(item) => (
          <TextArea
            label={t.parkedText}
            rows={2}
            value={item.text}
            onInput={(v) => edit((d) => changeById(d.parked, item.id, (x) => (x.text = v)))}
          />
        )}
      </ItemList>
      <undo.View />
    </section>
  );
}
