import { Show } from 'solid-js';
import { newQuestion, type PracticalNeeds } from '../../domain/plan';
import { sv } from '../../i18n/sv';
import { Checkbox, TextArea, TextField } from '../components/fields';
import { ItemList } from '../components/ItemList';
import { changeById, newId, removeById, usePlanEditor } from '../planEditor';

export default function WishesSection() {
  const { plan, edit } = usePlanEditor();
  const practical = (change: (n: PracticalNeeds) => void) => edit((p) => change(p.preparation.practical));

  return (
    <>
      <h2 id="section-heading">{sv.wishes.heading}</h2>
      <TextArea
        label={sv.wishes.whatMatters}
        hint={sv.wishes.whatMattersHint}
        rows={6}
        value={plan.preparation.whatMatters}
        onInput={(v) => edit((p) => void (p.preparation.whatMatters = v))}
      />
      <TextArea label={sv.wishes.purpose} value={plan.preparation.purpose} onInput={(v) => edit((p) => void (p.preparation.purpose = v))} />

      <h3>{sv.wishes.questionsHeading}</h3>
      <p class="hint">{sv.wishes.questionsHint}</p>
      <ItemList
        items={plan.preparation.questions}
        empty={sv.wishes.questionsEmpty}
        legend={(_, i) => sv.wishes.question(i + 1)}
        removeLabel={sv.person.remove}
        addLabel={sv.wishes.addQuestion}
        onAdd={() => edit((p) => void p.preparation.questions.push(newQuestion(newId())))}
        onRemove={(q) => edit((p) => removeById(p.preparation.questions, q.id))}
      >
        {(question, i) => (
          <TextArea
            label={sv.wishes.question(i() + 1)}
            rows={2}
            value={question.text}
            onInput={(v) => edit((p) => changeById(p.preparation.questions, question.id, (q) => (q.text = v)))}
          />
        )}
      </ItemList>

      <h3>{sv.wishes.practicalHeading}</h3>
      <div class="choice-row">
        <Checkbox
          label={sv.wishes.interpreterNeeded}
          checked={plan.preparation.practical.interpreterNeeded}
          onChange={(v) => practical((n) => (n.interpreterNeeded = v))}
        />
      </div>
      <Show when={plan.preparation.practical.interpreterNeeded}>
        <TextField
          label={sv.wishes.interpreterLanguage}
          value={plan.preparation.practical.interpreterLanguage}
          onInput={(v) => practical((n) => (n.interpreterLanguage = v))}
        />
        <p class="hint">{sv.wishes.interpreterHint}</p>
      </Show>
      <p class="hint">{sv.wishes.relativeElsewhere}</p>
      <TextArea
        label={sv.wishes.cognitiveSupport}
        hint={sv.wishes.cognitiveSupportHint}
        rows={3}
        value={plan.preparation.practical.cognitiveSupport}
        onInput={(v) => practical((n) => (n.cognitiveSupport = v))}
      />
      <TextArea label={sv.wishes.notToDiscuss} rows={3} value={plan.preparation.practical.notToDiscuss} onInput={(v) => practical((n) => (n.notToDiscuss = v))} />
    </>
  );
}
