import {
  FIELD_TYPES,
  FORM_LIMITS,
  MAX_FILES_PER_MESSAGE,
  MAX_TEXT_LENGTH,
  type Condition,
  type FieldType,
  type FormField,
} from '@actionconnect/shared';
import { useId, useState } from 'react';
import { ConditionEditor } from './ConditionEditor';
import { changeFieldType, FIELD_TYPE_LABELS, isChoiceType, keyProblem } from './form-editor.util';
import { OptionsEditor } from './OptionsEditor';

interface FieldEditorProps {
  field: FormField;
  /** Questions before this one: the only ones its condition may test. */
  targets: readonly FormField[];
  /** Keys used elsewhere in the form (this question's own key excluded). */
  otherKeys: ReadonlySet<string>;
  problems: readonly string[];
  onChange(field: FormField): void;
  onRenameKey(key: string): void;
  onRenameOptionValue(index: number, value: string): void;
}

/** Everything about one question: type, wording, required, options, limits and when it shows. */
export function FieldEditor({ field, targets, otherKeys, problems, onChange, onRenameKey, onRenameOptionValue }: FieldEditorProps) {
  const id = useId();
  const set = (patch: Partial<FormField>) => onChange(withoutUndefined({ ...field, ...patch }));
  return (
    <div className="fb-field-body">
      {problems.length > 0 && (
        <ul className="fb-problems" aria-label="Problems with this question">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="fb-grid-2">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-label`}>
            Question
          </label>
          <input
            id={`${id}-label`}
            className="input"
            value={field.label}
            maxLength={FORM_LIMITS.maxLabelLength}
            onChange={(e) => set({ label: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-type`}>
            Answer type
          </label>
          <select
            id={`${id}-type`}
            className="input fb-select"
            value={field.type}
            onChange={(e) => onChange(changeFieldType(field, e.target.value as FieldType))}
          >
            {FIELD_TYPES.map((type) => (
              <option key={type} value={type}>
                {FIELD_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-help`}>
          Help text <span className="fb-muted">(optional)</span>
        </label>
        <textarea
          id={`${id}-help`}
          className="input fb-textarea"
          rows={2}
          value={field.helpText ?? ''}
          maxLength={FORM_LIMITS.maxHelpTextLength}
          onChange={(e) => set({ helpText: e.target.value === '' ? undefined : e.target.value })}
        />
      </div>
      <div className="fb-grid-2">
        <label className="fb-check">
          <input type="checkbox" checked={field.required === true} onChange={(e) => set({ required: e.target.checked || undefined })} />
          {field.type === 'checkbox' ? 'Must be checked' : 'Required'}
        </label>
        {/* Keyed by the key: a committed rename starts the input afresh from the new key. */}
        <KeyInput key={field.key} value={field.key} otherKeys={otherKeys} onCommit={onRenameKey} />
      </div>
      {isChoiceType(field.type) && (
        <OptionsEditor options={field.options ?? []} onChange={(options) => set({ options })} onRenameValue={onRenameOptionValue} />
      )}
      <Limits field={field} onChange={set} />
      <div className="field">
        <span className="field-label">When it shows</span>
        <ConditionEditor
          condition={field.condition}
          targets={targets}
          host="question"
          onChange={(condition: Condition | undefined) => set({ condition })}
        />
      </div>
    </div>
  );
}

/** The question's key, committed when the input is left so half-typed keys never reach rules and mappings. */
function KeyInput({ value, otherKeys, onCommit }: { value: string; otherKeys: ReadonlySet<string>; onCommit(key: string): void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const problem = text === value ? null : keyProblem(text, otherKeys);
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label className="field-label fb-sublabel" htmlFor={id}>
        Key
      </label>
      <input
        id={id}
        className="input fb-input-small fb-key"
        value={text}
        maxLength={FORM_LIMITS.maxKeyLength}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text !== value && !keyProblem(text, otherKeys)) onCommit(text);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') setText(value);
        }}
      />
      {problem ? <p className="field-error">{problem}</p> : <p className="field-hint">Answers, rules and mappings refer to it.</p>}
    </div>
  );
}

function Limits({ field, onChange }: { field: FormField; onChange(patch: Partial<FormField>): void }) {
  if (field.type === 'short_text' || field.type === 'long_text') {
    const cap = MAX_TEXT_LENGTH[field.type];
    return (
      <div className="fb-grid-3">
        <NumberInput label="Minimum length" value={field.minLength} min={0} max={cap} onChange={(minLength) => onChange({ minLength })} />
        <NumberInput
          label="Maximum length"
          placeholder={`Up to ${cap.toLocaleString()}`}
          value={field.maxLength}
          min={0}
          max={cap}
          onChange={(maxLength) => onChange({ maxLength })}
        />
        {field.type === 'short_text' && <PatternInput value={field.pattern} onChange={(pattern) => onChange({ pattern })} />}
      </div>
    );
  }
  if (field.type === 'number') {
    return (
      <div className="fb-grid-3">
        <NumberInput label="Smallest" value={field.min} onChange={(min) => onChange({ min })} />
        <NumberInput label="Largest" value={field.max} onChange={(max) => onChange({ max })} />
      </div>
    );
  }
  if (field.type === 'file') {
    return (
      <div className="fb-grid-3">
        <NumberInput
          label="Most files"
          placeholder={`Up to ${MAX_FILES_PER_MESSAGE}`}
          value={field.maxFiles}
          min={1}
          max={MAX_FILES_PER_MESSAGE}
          onChange={(maxFiles) => onChange({ maxFiles })}
        />
      </div>
    );
  }
  if (field.type === 'email') {
    return (
      <div className="fb-grid-3">
        <PatternInput value={field.pattern} onChange={(pattern) => onChange({ pattern })} />
      </div>
    );
  }
  return null;
}

function NumberInput(props: {
  label: string;
  value: number | undefined;
  min?: number;
  max?: number;
  placeholder?: string;
  onChange(value: number | undefined): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label fb-sublabel" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="input fb-input-small"
        type="number"
        min={props.min}
        max={props.max}
        placeholder={props.placeholder}
        value={props.value ?? ''}
        onChange={(e) =>
          props.onChange(e.target.value === '' || !Number.isFinite(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)
        }
      />
    </div>
  );
}

function PatternInput({ value, onChange }: { value: string | undefined; onChange(value: string | undefined): void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label fb-sublabel" htmlFor={id}>
        Pattern
      </label>
      <input
        id={id}
        className="input fb-input-small fb-key"
        placeholder="A regular expression, e.g. ^INV-[0-9]+$"
        title="The whole answer must match this regular expression"
        value={value ?? ''}
        maxLength={FORM_LIMITS.maxPatternLength}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      />
    </div>
  );
}

function withoutUndefined(field: FormField): FormField {
  return Object.fromEntries(Object.entries(field).filter(([, v]) => v !== undefined)) as unknown as FormField;
}
