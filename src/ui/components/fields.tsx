// Labelled form controls. Each has a visible label, an optional hint and an error message, both
// tied to the control with aria-describedby, so a screen reader reads them with the field.
//
// Every control that can hold personal text or a personal choice carries autocomplete="off":
// without it Chromium keeps the control's value as form state in the browser profile's session
// files (Default/Sessions), outside the app's encryption and after "Lås" and "Radera allt", and
// may remember single-line entries for autofill. Single-line fields also turn the spell checker
// off: names, numbers and addresses gain nothing from it, and Chromium's enhanced spell check
// would send them to a server. See SECURITY.md, "What the browser and the device may keep".
import { createMemo, createSignal, createUniqueId, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { checkLength } from '../../domain/textLength';
import type { ValidationCode } from '../../domain/validation';
import { svShell } from '../../i18n/svShell';
import { followHeight } from './layoutBoundary';

interface BaseProps {
  label: string;
  hint?: string;
  /** A problem with the value; shown once the field has been left or holds text. */
  problem?: ValidationCode | null | undefined;
  /** A positive confirmation shown under the field (e.g. a valid personnummer). */
  confirmation?: string | undefined;
  required?: boolean;
  /** The label is read by a screen reader but not shown (a row whose heading already says it). */
  labelHidden?: boolean;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function useFieldIds() {
  const id = createUniqueId();
  return { input: `f-${id}`, hint: `h-${id}`, error: `e-${id}`, ok: `o-${id}` };
}

function FieldFrame(props: BaseProps & { ids: ReturnType<typeof useFieldIds>; showProblem: boolean; children: JSX.Element }) {
  return (
    <div class="field" classList={{ 'field--invalid': props.showProblem }}>
      <label for={props.ids.input} class={props.labelHidden ? 'visually-hidden' : undefined}>
        {props.label}
        <Show when={props.required}>
          <span class="required-mark"> {svShell.fields.required}</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="hint" id={props.ids.hint}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.showProblem && props.problem}>
        {(code) => (
          <p class="error" id={props.ids.error}>
            {svShell.validation[code()]}
          </p>
        )}
      </Show>
      <Show when={!props.showProblem && props.confirmation}>
        <p class="confirmation" id={props.ids.ok}>
          {props.confirmation}
        </p>
      </Show>
    </div>
  );
}

/**
 * A text field's problem (the caller's, or a length over the limit) and whether it is shown (once
 * the field is left, holds text, or the form was submitted). Memos: a keystroke checks the value
 * once, and the frame, the message and the aria attributes hear of it only when these change.
 */
function useTextProblem(props: Pick<BaseProps, 'problem'> & { value: string; submitted?: boolean }) {
  const [left, setLeft] = createSignal(false);
  const problem = createMemo(() => props.problem ?? checkLength(props.value));
  const showProblem = createMemo(() => Boolean(problem()) && (props.submitted || left() || props.value !== ''));
  return { problem, showProblem, onBlur: () => setLeft(true) };
}

type TextType = 'text' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'search' | 'password';

export function TextField(
  props: BaseProps & {
    value: string;
    onInput: (value: string) => void;
    type?: TextType;
    inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url';
    autocomplete?: string;
    list?: string;
    placeholder?: string;
    ref?: (el: HTMLInputElement) => void;
    /** The form was submitted: show the problem even if the field was never visited. */
    submitted?: boolean;
    /** Enter in the field (a one-line list adds its next item). */
    onEnter?: () => void;
  },
) {
  const ids = useFieldIds();
  const { problem, showProblem, onBlur } = useTextProblem(props);
  const described = createMemo(() => describedBy(props.hint && ids.hint, showProblem() && ids.error, !showProblem() && props.confirmation && ids.ok));
  return (
    <FieldFrame {...props} problem={problem()} ids={ids} showProblem={showProblem()}>
      <input
        ref={props.ref}
        id={ids.input}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete ?? 'off'}
        spellcheck={false}
        list={props.list}
        placeholder={props.placeholder}
        // Names and places may be written right to left: let the text pick its direction.
        dir={(props.type ?? 'text') === 'text' ? 'auto' : undefined}
        value={props.value}
        required={props.required}
        aria-invalid={showProblem() ? 'true' : undefined}
        aria-describedby={described()}
        on:input={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !props.onEnter || e.isComposing) return;
          e.preventDefault();
          props.onEnter();
        }}
        onBlur={onBlur}
      />
    </FieldFrame>
  );
}

export function NumberField(props: BaseProps & { value: number; onInput: (value: number) => void; min: number; max: number; step?: number }) {
  const ids = useFieldIds();
  const showProblem = () => Boolean(props.problem);
  return (
    <FieldFrame {...props} ids={ids} showProblem={showProblem()}>
      <input
        id={ids.input}
        type="number"
        inputMode="numeric"
        autocomplete="off"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={Number.isFinite(props.value) ? props.value : ''}
        aria-invalid={showProblem() ? 'true' : undefined}
        aria-describedby={describedBy(props.hint && ids.hint, showProblem() && ids.error)}
        on:input={(e) => props.onInput(e.currentTarget.value === '' ? Number.NaN : e.currentTarget.valueAsNumber)}
      />
    </FieldFrame>
  );
}

export function TextArea(
  props: BaseProps & {
    value: string;
    onInput: (value: string) => void;
    rows?: number;
    placeholder?: string;
    /** The form was submitted: show the problem even if the field was never visited. */
    submitted?: boolean;
    /** Enter in the field, instead of a new line (a list of short items adds its next item). */
    onEnter?: () => void;
  },
) {
  const ids = useFieldIds();
  const { problem, showProblem, onBlur } = useTextProblem(props);
  const described = createMemo(() => describedBy(props.hint && ids.hint, showProblem() && ids.error));
  let box!: HTMLDivElement;
  let area!: HTMLTextAreaElement;
  onMount(() => onCleanup(followHeight(box, area)));
  return (
    <FieldFrame {...props} problem={problem()} ids={ids} showProblem={showProblem()}>
      {/* A plain block around the boundary: a flex item is laid out with its container (styles.css). */}
      <div>
        <div class="layout-boundary" ref={box}>
          <textarea
            ref={area}
            id={ids.input}
            rows={props.rows ?? 4}
            autocomplete="off"
            placeholder={props.placeholder}
            value={props.value}
            dir="auto"
            aria-invalid={showProblem() ? 'true' : undefined}
            aria-describedby={described()}
            on:input={(e) => props.onInput(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !props.onEnter || e.isComposing) return;
              e.preventDefault();
              props.onEnter();
            }}
            onBlur={onBlur}
          />
        </div>
      </div>
    </FieldFrame>
  );
}

export function SelectField<T extends string>(props: BaseProps & { value: T; onChange: (value: T) => void; options: Record<T, string> }) {
  const ids = useFieldIds();
  return (
    <FieldFrame {...props} ids={ids} showProblem={false}>
      <select id={ids.input} autocomplete="off" aria-describedby={describedBy(props.hint && ids.hint)} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        <For each={Object.entries(props.options) as [T, string][]}>
          {([value, label]) => (
            <option value={value} selected={value === props.value}>
              {label}
            </option>
          )}
        </For>
      </select>
    </FieldFrame>
  );
}

export function RadioGroup<T extends string>(props: {
  legend: string;
  hint?: string;
  /** '' when none is chosen yet. */
  value: T | '';
  onChange: (value: T) => void;
  options: Record<T, string>;
  /** Options as a row of large chips, for a choice made with one tap. */
  compact?: boolean;
}) {
  const name = `r-${createUniqueId()}`;
  const hintId = `${name}-hint`;
  return (
    <fieldset class="radio-group" classList={{ 'radio-group--chips': props.compact }} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      </Show>
      <div class="radio-options">
        <For each={Object.entries(props.options) as [T, string][]}>
          {([value, label]) => (
            <label class="choice">
              <input type="radio" autocomplete="off" name={name} value={value} checked={value === props.value} onChange={() => props.onChange(value)} />
              <span>{label}</span>
            </label>
          )}
        </For>
      </div>
    </fieldset>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="choice">
      <input type="checkbox" autocomplete="off" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>{props.label}</span>
    </label>
  );
}
