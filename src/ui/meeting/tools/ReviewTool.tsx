// "Hur har det gått?" in a follow-up (DOMAIN.md step 6): for every goal of the version followed up
// a status and a comment, for every intervention whether it was carried out and whether it
// helped, and what is new. Goals marked "ändrat" are changed in the next phase.
import { For, Show } from 'solid-js';
import type { CarriedOut, GoalReview, GoalStatus, Helped, InterventionReview } from '../../../domain/meeting';
import { performerName } from '../../../domain/meeting';
import { svCapture } from '../../../i18n/svCapture';
import { RadioGroup, TextArea, TextField } from '../../components/fields';
import { useMeetingEditor } from '../../meetingEditor';
import { goalLabel } from './labels';
import './tools.css';

const t = svCapture.review;

export default function ReviewTool() {
  const { meeting, dispatch } = useMeetingEditor();
  return (
    <div class="tool tool--review">
      <Show when={meeting.review} fallback={<p class="hint">{t.nothingToReview}</p>}>
        {(review) => (
          <>
            <p class="hint">{t.intro(review().ofVersion)}</p>
            <section class="tool-section">
              <h2>{t.goalsHeading}</h2>
              <Show when={review().goals.length > 0} fallback={<p class="empty">{t.noGoals}</p>}>
                <ol class="item-list">
                  <For each={review().goals}>{(row) => <GoalRow row={row} />}</For>
                </ol>
              </Show>
            </section>
            <section class="tool-section">
              <h2>{t.interventionsHeading}</h2>
              <Show when={review().interventions.length > 0} fallback={<p class="empty">{t.noInterventions}</p>}>
                <ol class="item-list">
                  <For each={review().interventions}>{(row) => <InterventionRow row={row} />}</For>
                </ol>
              </Show>
            </section>
            <section class="tool-section">
              <h2>{t.newInformationHeading}</h2>
              <TextArea
                label={t.newInformation}
                hint={t.newInformationHint}
                value={review().newInformation}
                onInput={(value) => dispatch({ type: 'set-text', target: { at: 'review', field: 'newInformation' }, value })}
              />
            </section>
          </>
        )}
      </Show>
    </div>
  );
}

function GoalRow(props: { row: GoalReview }) {
  const { meeting, dispatch } = useMeetingEditor();
  const goal = () => meeting.goals.find((g) => g.id === props.row.goalId);
  const name = () => {
    const g = goal();
    return g ? goalLabel(meeting.goals, g) : t.removedGoal;
  };
  return (
    <li>
      <fieldset class="item">
        <legend dir="auto">{name()}</legend>
        <RadioGroup<Exclude<GoalStatus, ''>>
          legend={t.goalStatus(name())}
          value={props.row.status as Exclude<GoalStatus, ''>}
          options={t.goalStatuses}
          onChange={(status) => dispatch({ type: 'set-goal-review', goalId: props.row.goalId, status })}
        />
        <Show when={props.row.status === 'andrat'}>
          <p class="hint">{t.changeGoalHint}</p>
        </Show>
        <TextField
          label={t.comment}
          value={props.row.comment}
          onInput={(value) => dispatch({ type: 'set-text', target: { at: 'goalReviews', goalId: props.row.goalId, field: 'comment' }, value })}
        />
      </fieldset>
    </li>
  );
}

function InterventionRow(props: { row: InterventionReview }) {
  const { meeting, dispatch, plan } = useMeetingEditor();
  const intervention = () => meeting.interventions.find((i) => i.id === props.row.interventionId);
  const name = () => {
    const i = intervention();
    if (!i) return t.removedIntervention;
    const who = performerName(i, plan.participants, plan.person.name);
    return [i.what.trim() || t.unnamedIntervention, who].filter(Boolean).join(' – ');
  };
  const mark = (mark: { carriedOut: CarriedOut } | { helped: Helped }) =>
    dispatch({ type: 'set-intervention-review', interventionId: props.row.interventionId, mark });
  return (
    <li>
      <fieldset class="item">
        <legend dir="auto">{name()}</legend>
        <RadioGroup<Exclude<CarriedOut, ''>>
          legend={t.carriedOut}
          value={props.row.carriedOut as Exclude<CarriedOut, ''>}
          options={t.carriedOutOptions}
          onChange={(carriedOut) => mark({ carriedOut })}
        />
        <RadioGroup<Exclude<Helped, ''>>
          legend={t.helped}
          value={props.row.helped as Exclude<Helped, ''>}
          options={t.helpedOptions}
          onChange={(helped) => mark({ helped })}
        />
        <TextField
          label={t.comment}
          value={props.row.comment}
          onInput={(value) =>
            dispatch({ type: 'set-text', target: { at: 'interventionReviews', interventionId: props.row.interventionId, field: 'comment' }, value })
          }
        />
      </fieldset>
    </li>
  );
}
