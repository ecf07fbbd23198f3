import { createMemo, For, Show } from 'solid-js';
import { markRole, newParticipant, type Participant } from '../../domain/plan';
import { validateParticipant } from '../../domain/validation';
import { invitationsCurrent } from '../../domain/invitations';
import { sv } from '../../i18n/sv';
import { Checkbox, SelectField, TextField } from '../components/fields';
import { ItemList } from '../components/ItemList';
import { changeById, newId, removeById, usePlanEditor } from '../planEditor';

export default function ParticipantsSection() {
  const { plan, edit } = usePlanEditor();
  const confirmed = createMemo(() => plan.participants.filter((p) => p.invitation === 'bekraftad' || p.invitation === 'ersattare').length);

  function setRole(id: string, role: 'isChair' | 'isNoteTaker', on: boolean) {
    edit((p) => {
      // Copy the flags onto the existing items, so the list keeps its DOM (and focus).
      const next = markRole(p.participants, id, role, on);
      p.participants.forEach((x, i) => (x[role] = next[i]?.[role] ?? false));
    });
  }

  return (
    <>
      <h2 id="section-heading">{sv.participants.heading}</h2>
      <p class="lead">{sv.participants.intro}</p>
      <Show when={plan.participants.length > 0}>
        <ul class="summary">
          <li>{sv.participants.summary(plan.participants.length, confirmed())}</li>
          <Show when={!plan.participants.some((p) => p.isChair)}>
            <li>{sv.participants.chairMissing}</li>
          </Show>
          <Show when={!plan.participants.some((p) => p.isNoteTaker)}>
            <li>{sv.participants.noteTakerMissing}</li>
          </Show>
          {/* The replies below answer invitations: none is waited on until they are made (invitations.ts). */}
          <Show when={plan.booking.date !== '' && !invitationsCurrent(plan)}>
            <li>{sv.participants.invitationsNotMade}</li>
          </Show>
        </ul>
      </Show>
      <datalist id="principal-suggestions">
        <For each={sv.principalSuggestions}>{(s) => <option value={s} />}</For>
      </datalist>
      <ItemList
        items={plan.participants}
        empty={sv.participants.empty}
        legend={(p, i) => sv.participants.participant(i + 1, p.name.trim())}
        removeLabel={sv.participants.remove}
        addLabel={sv.participants.add}
        onAdd={() => edit((p) => void p.participants.push(newParticipant(newId())))}
        onRemove={(item) => edit((p) => removeById(p.participants, item.id))}
        confirmRemove={(item) => (item.name.trim() || item.organisation.trim() ? sv.participants.confirmRemove(item.name.trim()) : null)}
      >
        {(participant) => {
          const at = `participants.${participant.id}`;
          const problems = createMemo(() => validateParticipant(participant));
          const update = (change: (x: Participant) => void) => edit((p) => changeById(p.participants, participant.id, change));
          return (
            <>
              <div class="row">
                <TextField
                  label={sv.participants.name}
                  required
                  value={participant.name}
                  problem={problems()[`${at}.name`]}
                  onInput={(v) => update((x) => (x.name = v))}
                />
                <TextField label={sv.participants.organisation} value={participant.organisation} onInput={(v) => update((x) => (x.organisation = v))} />
              </div>
              <div class="row">
                <SelectField
                  label={sv.participants.principal}
                  value={participant.principal}
                  options={sv.principals}
                  onChange={(v) => update((x) => (x.principal = v))}
                />
                <Show when={participant.principal === 'annan'}>
                  <TextField
                    label={sv.participants.principalOther}
                    hint={sv.participants.principalOtherHint}
                    list="principal-suggestions"
                    value={participant.principalOther}
                    problem={problems()[`${at}.principalOther`]}
                    onInput={(v) => update((x) => (x.principalOther = v))}
                  />
                </Show>
              </div>
              <TextField label={sv.participants.role} value={participant.role} onInput={(v) => update((x) => (x.role = v))} />
              <div class="row">
                <TextField
                  label={sv.participants.phone}
                  type="tel"
                  value={participant.phone}
                  problem={problems()[`${at}.phone`]}
                  onInput={(v) => update((x) => (x.phone = v))}
                />
                <TextField
                  label={sv.participants.email}
                  type="email"
                  value={participant.email}
                  problem={problems()[`${at}.email`]}
                  onInput={(v) => update((x) => (x.email = v))}
                />
              </div>
              <div class="row">
                <SelectField
                  label={sv.participants.invitation}
                  value={participant.invitation}
                  options={sv.invitation}
                  onChange={(v) => update((x) => (x.invitation = v))}
                />
                <Show when={participant.invitation === 'ersattare'}>
                  <TextField
                    label={sv.participants.substituteName}
                    required
                    value={participant.substituteName}
                    problem={problems()[`${at}.substituteName`]}
                    onInput={(v) => update((x) => (x.substituteName = v))}
                  />
                </Show>
              </div>
              <div class="choice-row">
                <Checkbox label={sv.participants.isChair} checked={participant.isChair} onChange={(v) => setRole(participant.id, 'isChair', v)} />
                <Checkbox label={sv.participants.isNoteTaker} checked={participant.isNoteTaker} onChange={(v) => setRole(participant.id, 'isNoteTaker', v)} />
              </div>
            </>
          );
        }}
      </ItemList>
    </>
  );
}
