import { createMemo, Show } from 'solid-js';
import { familyReply, guardiansMissing, isChild, isInvited } from '../../domain/parties';
import { parseIdNumber } from '../../domain/personnummer';
import { FAMILY_REPLIES, newRepresentative, type FamilyReply, type Representative } from '../../domain/plan';
import { validatePerson } from '../../domain/validation';
import { sv } from '../../i18n/sv';
import { Checkbox, SelectField, TextField } from '../components/fields';
import { ItemList } from '../components/ItemList';
import { formatDay } from '../../i18n/format';
import { changeById, newId, removeById, today, usePlanEditor } from '../planEditor';

/** What a family member or representative can answer: as a participant, without a substitute. */
const familyReplies = Object.fromEntries(FAMILY_REPLIES.map((r) => [r, sv.invitation[r]])) as Record<FamilyReply, string>;

export default function PersonSection() {
  const { plan, edit } = usePlanEditor();
  const problems = createMemo(() => validatePerson(plan.person, today()));
  const idConfirmation = createMemo(() => {
    const parsed = plan.person.idNumber.trim() ? parseIdNumber(plan.person.idNumber, today()) : null;
    return parsed?.ok ? sv.person.idNumberOk(sv.idKinds[parsed.value.kind], formatDay(parsed.value.birthDate)) : undefined;
  });

  return (
    <>
      <h2 id="section-heading">{sv.person.heading}</h2>
      <TextField
        label={sv.person.name}
        required
        value={plan.person.name}
        problem={problems()['person.name']}
        onInput={(v) => edit((p) => void (p.person.name = v))}
      />
      <div class="row">
        <TextField
          label={sv.person.idNumber}
          hint={sv.person.idNumberHint}
          inputMode="numeric"
          value={plan.person.idNumber}
          problem={problems()['person.idNumber']}
          confirmation={idConfirmation()}
          onInput={(v) => edit((p) => void (p.person.idNumber = v))}
        />
        <TextField
          label={sv.person.birthDate}
          hint={sv.person.birthDateHint}
          type="date"
          value={plan.person.birthDate}
          problem={problems()['person.birthDate']}
          onInput={(v) => edit((p) => void (p.person.birthDate = v))}
        />
      </div>
      <h3>{sv.person.contactHeading}</h3>
      <div class="row">
        <TextField
          label={sv.person.phone}
          type="tel"
          value={plan.person.contact.phone}
          problem={problems()['person.phone']}
          onInput={(v) => edit((p) => void (p.person.contact.phone = v))}
        />
        <TextField
          label={sv.person.email}
          type="email"
          value={plan.person.contact.email}
          problem={problems()['person.email']}
          onInput={(v) => edit((p) => void (p.person.contact.email = v))}
        />
      </div>
      <TextField label={sv.person.address} value={plan.person.contact.address} onInput={(v) => edit((p) => void (p.person.contact.address = v))} />

      <h3>{sv.person.representativesHeading}</h3>
      <p class="hint">{sv.person.representativesHint}</p>
      <Show when={isChild(plan.person, today()) === true}>
        <p class="banner" role="status">
          {guardiansMissing(plan, today()) ? sv.person.guardiansMissing : sv.person.childHint}
        </p>
      </Show>
      <ItemList
        items={plan.person.representatives}
        empty={sv.person.representativesEmpty}
        legend={(rep, i) => (rep.name.trim() ? `${sv.person.representative(i + 1)}: ${rep.name}` : sv.person.representative(i + 1))}
        removeLabel={sv.person.remove}
        addLabel={sv.person.addRepresentative}
        onAdd={() => edit((p) => void p.person.representatives.push(newRepresentative(newId())))}
        onRemove={(rep) => edit((p) => removeById(p.person.representatives, rep.id))}
      >
        {(rep) => {
          const at = `representatives.${rep.id}`;
          const update = (change: (r: Representative) => void) => edit((p) => changeById(p.person.representatives, rep.id, change));
          const invited = () => isInvited(rep, isChild(plan.person, today()));
          return (
            <>
              <div class="row">
                <SelectField
                  label={sv.person.representativeKind}
                  value={rep.kind}
                  options={sv.representativeKinds}
                  onChange={(v) => update((r) => void (r.kind = v))}
                />
                <TextField label={sv.person.name} required value={rep.name} problem={problems()[`${at}.name`]} onInput={(v) => update((r) => void (r.name = v))} />
              </div>
              <div class="row">
                <TextField
                  label={sv.person.phone}
                  type="tel"
                  value={rep.contact.phone}
                  problem={problems()[`${at}.phone`]}
                  onInput={(v) => update((r) => void (r.contact.phone = v))}
                />
                <TextField
                  label={sv.person.email}
                  type="email"
                  value={rep.contact.email}
                  problem={problems()[`${at}.email`]}
                  onInput={(v) => update((r) => void (r.contact.email = v))}
                />
              </div>
              <TextField label={sv.person.address} value={rep.contact.address} onInput={(v) => update((r) => void (r.contact.address = v))} />
              <div class="choice-row">
                <Checkbox label={sv.person.invited} checked={invited()} onChange={(v) => update((r) => void (r.invited = v))} />
              </div>
              <Show when={invited()}>
                <SelectField label={sv.person.reply} value={familyReply(rep)} options={familyReplies} onChange={(v) => update((r) => void (r.reply = v))} />
              </Show>
            </>
          );
        }}
      </ItemList>
    </>
  );
}
