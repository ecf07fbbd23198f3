// Behov: quick capture at the pace of the talk, for a tablet on the table. Each goal is a card with
// its interventions under it, each a compact row (what · who · from when · how often) that opens to
// edit; adding one to a goal is "+", typing, a tap on who does it, "Klar". Own actions and parked
// issues are one line each. Nothing modal: removal is undone in place rather than confirmed.
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { newId } from '../../../app/ids';
import type { Goal, GoalTerm, Intervention, Meeting } from '../../../domain/meeting';
import type { InterventionTextField, MeetingCommand } from '../../../domain/meetingCommands';
import { svCapture } from '../../../i18n/svCapture';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields';
import { useMeetingEditor } from '../../meetingEditor';
import { createUndo } from './common';
import { firstName, goalLabel } from './labels';
import { createSettledName } from './settledName';
import { interventionRowFacts, performerChoice, performerChoices } from './needsParts';
import './tools.css';

const t = svCapture.needs;

export default function NeedsTool() {
  // Which interventions are open for editing: not stored, a reload shows them all as rows.
  const [open, setOpen] = createSignal<ReadonlySet<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setOpen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const rows = { isOpen: (id: string) => open().has(id), toggle };
  return (
    <div class="tool tool--needs">
      <Goals rows={rows} />
      <LooseInterventions rows={rows} />
      <div class="needs-lines">
        <OwnActions />
        <Parked />
      </div>
    </div>
  );
}

interface Rows {
  isOpen: (id: string) => boolean;
  toggle: (id: string, on: boolean) => void;
}

/** Focuses the first field of this intervention's editor (it was just added or opened). */
function focusEditor(id: string) {
  queueMicrotask(() => document.querySelector<HTMLElement>(`[data-intervention="${CSS.escape(id)}"] textarea`)?.focus());
}

function focusRow(id: string) {
  queueMicrotask(() => document.querySelector<HTMLElement>(`[data-intervention="${CSS.escape(id)}"] .intervention-row`)?.focus());
}

/** The intervention's place in the whole list (1-based): its name "Insats 3" in the editor and the undo. */
const interventionNumber = (meeting: Meeting, id: string) => meeting.interventions.findIndex((i) => i.id === id) + 1;

function Goals(props: { rows: Rows }) {
  const { plan } = useMeetingEditor();
  return (
    <section class="tool-section">
      <h2>{t.goalsHeading}</h2>
      <p class="hint">{t.goalsHint(firstName(plan))}</p>
      <GoalCards term="lang" heading={t.longHeading} rows={props.rows} />
      <GoalCards term="kort" heading={t.shortHeading} rows={props.rows} />
    </section>
  );
}

function GoalCards(props: { term: GoalTerm; heading: string; rows: Rows }) {
  const { meeting, dispatch, plan } = useMeetingEditor();
  const goals = createMemo(() => meeting.goals.filter((g) => g.term === props.term));
  const long = () => props.term === 'lang';
  // A memo: the field's attributes are set together, so each keystroke would otherwise make it again.
  const example = createMemo(() => (long() ? t.longExample(firstName(plan)) : t.shortExample(firstName(plan))));
  const undo = createUndo();
  let list: HTMLOListElement | undefined;

  function addGoal() {
    dispatch({ type: 'add-goal', id: newId(), term: props.term });
    queueMicrotask(() => list?.lastElementChild?.querySelector<HTMLElement>('textarea')?.focus());
  }

  return (
    <div class="goal-list">
      <div class="list-head">
        <h3>{props.heading}</h3>
        <button type="button" class="secondary add" onClick={addGoal}>
          + {long() ? t.addLong : t.addShort}
        </button>
      </div>
      <Show when={goals().length > 0} fallback={<p class="empty">{long() ? t.longEmpty : t.shortEmpty}</p>}>
        <ol class="goal-cards" ref={list}>
          <For each={goals()}>
            {(goal, i) => (
              <li>
                <GoalCard
                  goal={goal}
                  name={t.goalNumbered(props.term, i() + 1)}
                  placeholder={example()}
                  rows={props.rows}
                  // Its interventions stay, without a goal, until the goal is put back or another is chosen.
                  onRemove={() => undo.remove('goals', goal, t.goalNumbered(props.term, i() + 1))}
                />
              </li>
            )}
          </For>
        </ol>
      </Show>
      <undo.View />
    </div>
  );
}

function GoalCard(props: { goal: Goal; name: string; placeholder: string; rows: Rows; onRemove: () => void }) {
  const { meeting, dispatch } = useMeetingEditor();
  const interventions = createMemo(() => meeting.interventions.filter((i) => i.goalId === props.goal.id));
  // The goal as the list below and its button name it (settledName.ts).
  const label = createSettledName(() => goalLabel(meeting.goals, props.goal));

  return (
    <fieldset class="item goal-card">
      <legend>{props.name}</legend>
      <div onFocusIn={label.onFocusIn} onFocusOut={label.onFocusOut}>
        <TextArea
          label={t.goalLabel[props.goal.term]}
          labelHidden
          placeholder={props.placeholder}
          rows={1}
          value={props.goal.text}
          onInput={(value) => dispatch({ type: 'set-text', target: { at: 'goals', id: props.goal.id, field: 'text' }, value })}
        />
      </div>
      <InterventionRows items={interventions()} rows={props.rows} label={t.goalInterventions([label.name()])} empty={t.goalNoInterventions} />
      <div class="card-actions">
        <button type="button" class="secondary add" onClick={() => addIntervention(dispatch, props.rows, props.goal.id)}>
          + {t.addForGoal}
          <span class="visually-hidden"> {label.name()}</span>
        </button>
        <button type="button" class="secondary remove" onClick={() => props.onRemove()}>
          {t.removeGoal}
          <span class="visually-hidden"> {props.name}</span>
        </button>
      </div>
    </fieldset>
  );
}

/** Interventions whose goal is gone or was never chosen (an older plan, a removed goal). */
function LooseInterventions(props: { rows: Rows }) {
  const { meeting, dispatch } = useMeetingEditor();
  const loose = createMemo(() => {
    const known = new Set(meeting.goals.map((g) => g.id));
    return meeting.interventions.filter((i) => !known.has(i.goalId));
  });

  // The section stays (empty) when its last row goes, so that the row can be put back with "Ångra".
  return (
    <section class="tool-section loose-interventions" aria-labelledby={loose().length > 0 ? 'loose-heading' : undefined}>
      <Show when={loose().length > 0}>
        <h2 id="loose-heading">{t.looseHeading}</h2>
        <p class="hint">{t.looseHint}</p>
      </Show>
      <InterventionRows items={loose()} rows={props.rows} />
      <Show when={loose().length > 0}>
        <button type="button" class="secondary add" onClick={() => addIntervention(dispatch, props.rows, '')}>
          + {t.addLoose}
        </button>
      </Show>
    </section>
  );
}

/** Adds an intervention for the goal ('' for none), open for editing, the cursor in "Vad". */
function addIntervention(dispatch: (command: MeetingCommand) => void, rows: Rows, goalId: string) {
  const id = newId();
  dispatch({ type: 'add-intervention', id, goalId });
  rows.toggle(id, true);
  focusEditor(id);
}

/**
 * A goal's interventions (or those without one) as rows, with the "Ångra" for the one removed;
 * it stays when the last row goes, so that one can be put back too.
 */
function InterventionRows(props: { items: Intervention[]; rows: Rows; label?: string; empty?: string }) {
  const { meeting } = useMeetingEditor();
  const undo = createUndo();
  return (
    <>
      <Show when={props.items.length > 0} fallback={props.empty && <p class="hint goal-no-interventions">{props.empty}</p>}>
        <ul class="intervention-rows" aria-label={props.label}>
          <For each={props.items}>
            {(item) => (
              <InterventionRow
                item={item}
                rows={props.rows}
                onRemove={() => undo.remove('interventions', item, t.intervention(interventionNumber(meeting, item.id), item.what.trim()))}
              />
            )}
          </For>
        </ul>
      </Show>
      <undo.View />
    </>
  );
}

function InterventionRow(props: { item: Intervention; rows: Rows; onRemove: () => void }) {
  const { plan } = useMeetingEditor();
  const open = () => props.rows.isOpen(props.item.id);
  const editorId = () => `intervention-${props.item.id}`;
  return (
    <li class="intervention" data-intervention={props.item.id}>
      <button
        type="button"
        class="intervention-row"
        aria-expanded={open()}
        aria-controls={editorId()}
        onClick={() => {
          props.rows.toggle(props.item.id, !open());
          if (!open()) return;
          focusEditor(props.item.id);
        }}
      >
        <span class="intervention-what" dir="auto">
          {props.item.what.trim() || svCapture.summary.untitled}
        </span>
        <span class="intervention-facts" dir="auto">
          {interventionRowFacts(props.item, plan)}
        </span>
        <span class="intervention-open" aria-hidden="true">
          {open() ? '▴' : '▾'}
        </span>
      </button>
      <Show when={open()}>
        <InterventionEditor
          id={editorId()}
          item={props.item}
          onDone={() => {
            props.rows.toggle(props.item.id, false);
            focusRow(props.item.id);
          }}
          onRemove={props.onRemove}
        />
      </Show>
    </li>
  );
}

function InterventionEditor(props: { id: string; item: Intervention; onDone: () => void; onRemove: () => void }) {
  const { meeting, dispatch, plan } = useMeetingEditor();
  const setText = (field: InterventionTextField) => (value: string) =>
    dispatch({ type: 'set-text', target: { at: 'interventions', id: props.item.id, field }, value });
  // The intervention as its group and buttons name it (settledName.ts).
  const { name, onFocusIn, onFocusOut } = createSettledName(() => t.intervention(interventionNumber(meeting, props.item.id), props.item.what.trim()));
  const goalOptions = createMemo(() => {
    const options: Record<string, string> = { '': t.noGoal };
    // Long-term goals first, as the cards are listed.
    for (const term of ['lang', 'kort'] as const) {
      for (const g of meeting.goals.filter((x) => x.term === term)) options[g.id] = goalLabel(meeting.goals, g);
    }
    return options;
  });
  const choices = createMemo(() => performerChoices(plan, meeting));

  return (
    <fieldset class="intervention-editor" id={props.id}>
      <legend class="visually-hidden">{name()}</legend>
      <div onFocusIn={onFocusIn} onFocusOut={onFocusOut}>
        <TextArea label={t.what} rows={2} value={props.item.what} onInput={setText('what')} />
      </div>
      <RadioGroup
        legend={t.performerKind}
        value={performerChoice(props.item)}
        options={choices()}
        onChange={(choice) => dispatch({ type: 'choose-performer', interventionId: props.item.id, choice, participants: plan.participants })}
        compact
      />
      <Show when={props.item.performerKind === 'deltagare' && props.item.participantId}>
        <TextField label={t.organisation} value={props.item.organisation} onInput={setText('organisation')} />
      </Show>
      <Show when={props.item.performerKind === 'familjen' || props.item.performerKind === 'annan'}>
        <div class="row">
          <TextField
            label={props.item.performerKind === 'familjen' ? t.familyName : t.performerName}
            value={props.item.performerName}
            onInput={setText('performerName')}
          />
          <Show when={props.item.performerKind === 'annan'}>
            <TextField label={t.organisation} value={props.item.organisation} onInput={setText('organisation')} />
          </Show>
        </div>
      </Show>
      <div class="row row--four">
        <TextField label={t.startDate} type="date" value={props.item.startDate} onInput={setText('startDate')} />
        <TextField label={t.when} value={props.item.when} placeholder={t.whenHint} onInput={setText('when')} />
        <TextField label={t.frequency} value={props.item.frequency} placeholder={t.frequencyHint} onInput={setText('frequency')} />
        <TextField label={t.where} value={props.item.where} onInput={setText('where')} />
      </div>
      <SelectField
        label={t.goal}
        value={Object.hasOwn(goalOptions(), props.item.goalId) ? props.item.goalId : ''}
        options={goalOptions()}
        onChange={(v) => {
          dispatch({ type: 'set-intervention-goal', interventionId: props.item.id, goalId: v });
          // The row moves to its new goal's card: keep it open and the focus in it.
          queueMicrotask(() => document.querySelector<HTMLElement>(`#${CSS.escape(props.id)} select`)?.focus());
        }}
      />
      <div class="card-actions">
        <button type="button" class="primary" onClick={() => props.onDone()}>
          {t.done}
          <span class="visually-hidden"> {name()}</span>
        </button>
        <button type="button" class="secondary remove" onClick={() => props.onRemove()}>
          {t.removeIntervention}
          <span class="visually-hidden"> {name()}</span>
        </button>
      </div>
    </fieldset>
  );
}

/**
 * A list of short items, each a text area with its own name that grows with its text (a long one
 * is read whole, not cut at the field's edge); Enter adds the next item instead of a new line.
 */
function OneLineList<T extends { id: string; text: string }>(props: {
  heading: string;
  hint: string;
  items: T[];
  itemName: (index: number) => string;
  addLabel: string;
  onAdd: () => void;
  onText: (id: string, text: string) => void;
  onRemove: (item: T, name: string) => void;
  extra?: (item: T, name: string) => JSX.Element;
  /** Under the list: its "Ångra". */
  after: JSX.Element;
}) {
  let list: HTMLOListElement | undefined;
  function add() {
    props.onAdd();
    queueMicrotask(() => list?.lastElementChild?.querySelector<HTMLElement>('textarea')?.focus());
  }
  return (
    <section class="tool-section">
      <h2>{props.heading}</h2>
      <p class="hint">{props.hint}</p>
      <ol class="line-items" ref={list}>
        <For each={props.items}>
          {(item, i) => (
            <li class="line-item">
              <TextArea label={props.itemName(i() + 1)} labelHidden rows={1} value={item.text} onInput={(v) => props.onText(item.id, v)} onEnter={add} />
              {props.extra?.(item, props.itemName(i() + 1))}
              <button type="button" class="secondary remove" onClick={() => props.onRemove(item, props.itemName(i() + 1))}>
                {svCapture.common.remove}
                <span class="visually-hidden"> {props.itemName(i() + 1)}</span>
              </button>
            </li>
          )}
        </For>
      </ol>
      {props.after}
      <button type="button" class="secondary add" onClick={add}>
        + {props.addLabel}
      </button>
    </section>
  );
}

function OwnActions() {
  const { meeting, dispatch } = useMeetingEditor();
  const undo = createUndo();
  return (
    <OneLineList
      after={<undo.View />}
      heading={t.ownHeading}
      hint={t.ownHint}
      items={meeting.ownActions}
      itemName={t.ownAction}
      addLabel={t.addOwn}
      onAdd={() => dispatch({ type: 'add-own-action', id: newId() })}
      onText={(id, value) => dispatch({ type: 'set-text', target: { at: 'ownActions', id, field: 'text' }, value })}
      onRemove={(item, name) => undo.remove('ownActions', item, name)}
      extra={(item, name) => (
        <SelectField
          label={`${t.ownBy}, ${name.toLowerCase()}`}
          labelHidden
          value={item.by}
          options={t.ownByOptions}
          onChange={(by) => dispatch({ type: 'set-own-action-by', id: item.id, by })}
        />
      )}
    />
  );
}

function Parked() {
  const { meeting, dispatch } = useMeetingEditor();
  const undo = createUndo();
  return (
    <OneLineList
      after={<undo.View />}
      heading={t.parkedHeading}
      hint={t.parkedHint}
      items={meeting.parked}
      itemName={t.parked}
      addLabel={t.addParked}
      onAdd={() => dispatch({ type: 'add-parked', id: newId() })}
      onText={(id, value) => dispatch({ type: 'set-text', target: { at: 'parked', id, field: 'text' }, value })}
      onRemove={(item, name) => undo.remove('parked', item, name)}
    />
  );
}
