import { createMemo, Show } from 'solid-js';
import { isChild, joinNames, proposedConsentGiver } from '../../domain/parties';
import { consentInForce, newConsent, newConsentScope, type Consent } from '../../domain/plan';
import { validateConsent } from '../../domain/validation';
import { sv } from '../../i18n/sv';
import { Checkbox, RadioGroup, SelectField, TextArea, TextField } from '../components/fields';
import { ItemList } from '../components/ItemList';
import { changeById, newId, removeById, today, usePlanEditor } from '../planEditor';

export default function ConsentSection() {
  const { plan, edit } = usePlanEditor();

  return (
    <>
      <h2 id="section-heading">{sv.consent.heading}</h2>
      <p class="lead">{sv.consent.intro}</p>
      <Show when={isChild(plan.person, today()) === true}>
        <p class="hint">{sv.consent.childGivers}</p>
      </Show>
      <ItemList
        items={plan.consents}
        empty={sv.consent.empty}
        legend={(_, i) => sv.consent.consent(i + 1)}
        removeLabel={sv.consent.remove}
        addLabel={sv.consent.add}
        onAdd={() =>
          edit((p) => {
            // For a child the guardians are proposed as the ones giving consent.
            const consent = newConsent(newId(), today());
            const proposed = proposedConsentGiver(p, today());
            consent.givenBy = proposed.givenBy;
            consent.givenByName = joinNames(proposed.names);
            p.consents.push(consent);
          })
        }
        onRemove={(c) => edit((p) => removeById(p.consents, c.id))}
        confirmRemove={(c) => (c.scopes.length > 0 || c.givenByName.trim() ? sv.consent.confirmRemove : null)}
      >
        {(consent) => {
          const at = `consents.${consent.id}`;
          const problems = createMemo(() => validateConsent(consent));
          const update = (change: (c: Consent) => void) => edit((p) => changeById(p.consents, consent.id, change));
          const state = () => (consent.withdrawn ? sv.consent.withdrawnBadge : consentInForce(consent, today()) ? sv.consent.inForce : sv.consent.expired);
          return (
            <>
              <p class="consent-state">
                <span class="badge" classList={{ 'badge--warning': !consentInForce(consent, today()) }}>
                  {state()}
                </span>
              </p>
              <div class="row">
                <SelectField label={sv.consent.givenBy} value={consent.givenBy} options={sv.consentGivers} onChange={(v) => update((c) => (c.givenBy = v))} />
                <Show when={consent.givenBy !== 'personen'}>
                  <TextField
                    label={sv.consent.givenByName}
                    required
                    value={consent.givenByName}
                    problem={problems()[`${at}.givenByName`]}
                    onInput={(v) => update((c) => (c.givenByName = v))}
                  />
                </Show>
              </div>
              <RadioGroup
                legend={sv.consent.form}
                hint={consent.form === 'muntligt' ? sv.consent.formOralHint : undefined}
                value={consent.form}
                options={sv.consentForms}
                onChange={(v) => update((c) => (c.form = v))}
              />
              <div class="row">
                <TextField
                  label={sv.consent.date}
                  type="date"
                  required
                  value={consent.date}
                  problem={problems()[`${at}.date`]}
                  onInput={(v) => update((c) => (c.date = v))}
                />
                <TextField
                  label={sv.consent.validUntil}
                  type="date"
                  required
                  value={consent.validUntil}
                  problem={problems()[`${at}.validUntil`]}
                  onInput={(v) => update((c) => (c.validUntil = v))}
                />
              </div>
              <h3>{sv.consent.scopesHeading}</h3>
              <ItemList
                items={consent.scopes}
                empty={sv.consent.scopesEmpty}
                legend={(scope, i) => (scope.party.trim() ? `${sv.consent.scope(i + 1)}: ${scope.party}` : sv.consent.scope(i + 1))}
                removeLabel={sv.consent.removeScope}
                addLabel={sv.consent.addScope}
                onAdd={() => update((c) => void c.scopes.push(newConsentScope(newId())))}
                onRemove={(scope) => update((c) => removeById(c.scopes, scope.id))}
              >
                {(scope) => (
                  <div class="row">
                    <TextField
                      label={sv.consent.party}
                      list="consent-parties"
                      value={scope.party}
                      onInput={(v) => update((c) => changeById(c.scopes, scope.id, (s) => (s.party = v)))}
                    />
                    <TextField
                      label={sv.consent.information}
                      value={scope.information}
                      onInput={(v) => update((c) => changeById(c.scopes, scope.id, (s) => (s.information = v)))}
                    />
                  </div>
                )}
              </ItemList>
              <TextArea
                label={sv.consent.notShared}
                hint={sv.consent.notSharedHint}
                rows={3}
                value={consent.notShared}
                onInput={(v) => update((c) => (c.notShared = v))}
              />
              <div class="choice-row">
                <Checkbox
                  label={sv.consent.withdrawn}
                  checked={consent.withdrawn}
                  onChange={(v) =>
                    update((c) => {
                      c.withdrawn = v;
                      if (v && !c.withdrawnDate) c.withdrawnDate = today();
                    })
                  }
                />
              </div>
              <Show when={consent.withdrawn}>
                <TextField
                  label={sv.consent.withdrawnDate}
                  type="date"
                  required
                  value={consent.withdrawnDate}
                  problem={problems()[`${at}.withdrawnDate`]}
                  onInput={(v) => update((c) => (c.withdrawnDate = v))}
                />
              </Show>
            </>
          );
        }}
      </ItemList>
      <datalist id="consent-parties">
        {plan.participants
          .map((p) => p.organisation.trim())
          .filter((o, i, all) => o && all.indexOf(o) === i)
          .map((o) => (
            <option value={o} />
          ))}
      </datalist>
    </>
  );
}
