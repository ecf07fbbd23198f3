// A new passcode or password, typed twice: the state, its check, and the two fields. Problems
// show once the chair has tried to go on, not while the first characters are typed.
import { createMemo, createSignal } from 'solid-js';
import type { Problems } from '../../domain/validation';
import { TextField } from './fields';

export function createNewSecret(validate: (value: string, repeated: string) => Problems, valueKey: string) {
  const [value, setValue] = createSignal('');
  const [repeated, setRepeated] = createSignal('');
  const [tried, setTried] = createSignal(false);
  const problems = createMemo(() => validate(value(), repeated()));
  return {
    value,
    setValue,
    repeated,
    setRepeated,
    tried,
    problem: (key: 'value' | 'repeated') => (tried() ? problems()[key === 'value' ? valueKey : 'repeated'] : undefined),
    /** Marks the attempt (so problems show) and says whether the secret can be used. */
    check(): boolean {
      setTried(true);
      return Object.keys(problems()).length === 0;
    },
    reset(): void {
      setValue('');
      setRepeated('');
      setTried(false);
    },
  };
}

export type NewSecret = ReturnType<typeof createNewSecret>;

export function NewSecretFields(props: { secret: NewSecret; label: string; hint: string; repeatLabel: string }) {
  return (
    <>
      <TextField
        label={props.label}
        hint={props.hint}
        type="password"
        autocomplete="new-password"
        value={props.secret.value()}
        problem={props.secret.problem('value')}
        submitted={props.secret.tried()}
        onInput={props.secret.setValue}
      />
      <TextField
        label={props.repeatLabel}
        type="password"
        autocomplete="new-password"
        value={props.secret.repeated()}
        problem={props.secret.problem('repeated')}
        submitted={props.secret.tried()}
        onInput={props.secret.setRepeated}
      />
    </>
  );
}
