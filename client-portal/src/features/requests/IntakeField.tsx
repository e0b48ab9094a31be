import type { AnswerValue, FormField } from '@actionconnect/shared';
import type { ReactNode } from 'react';
import { IntakeFileField, type FileFieldState } from './IntakeFileField';
import { limitHint, maxLengthOf } from './request-form.util';

/** Props of one question of an intake form. */
export interface IntakeFieldProps {
  field: FormField;
  value: AnswerValue | null | undefined;
  /** The message to show under the question; marks it invalid. */
  error: string | undefined;
  onChange(value: AnswerValue | null): void;
  /** Called when the person leaves the question: its own errors show from then on. */
  onBlur(): void;
  /** A file question's uploads (its answer is their ids); null once it is hidden. */
  onUploads?(state: FileFieldState | null): void;
}

// Few options read best as a list of radio buttons; many as a menu.
const MAX_RADIO_OPTIONS = 6;

/** The DOM id of a question's input (or first option), so error summaries can link to it. */
export function fieldInputId(key: string): string {
  return `field-${key}`;
}

/** One question of an intake form, rendered for its type with its label, help, limits and error. */
export function IntakeField({ field, value, error, onChange, onBlur, onUploads }: IntakeFieldProps) {
  const id = fieldInputId(field.key);
  const hint = [field.helpText, limitHint(field)].filter(Boolean).join(' ');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required ? true : undefined,
  } as const;
  const className = error ? 'field intake-field field--invalid' : 'field intake-field';

  if (field.type === 'file') {
    return (
      <IntakeFileField
        field={field}
        id={id}
        className={className}
        hint={hint}
        error={error}
        onUploads={(state) => (onUploads ? onUploads(state) : onChange(state?.attachmentIds.length ? [...state.attachmentIds] : null))}
        requiredMark={field.required && <RequiredMark />}
      />
    );
  }

  if (field.type === 'checkbox') {
    return (
      <div className={className} data-field={field.key}>
        <label className="check-card">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
            onBlur={onBlur}
            {...common}
          />
          <span>
            {field.label}
            {field.required && <RequiredMark />}
          </span>
        </label>
        <FieldFooter hint={hint} hintId={hintId} error={error} errorId={errorId} />
      </div>
    );
  }

  if (field.type === 'multiple_choice' || (field.type === 'single_choice' && (field.options ?? []).length <= MAX_RADIO_OPTIONS)) {
    const multiple = field.type === 'multiple_choice';
    const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
    return (
      <fieldset className={className} data-field={field.key} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend className="field-label">
          {field.label}
          {field.required && <RequiredMark />}
        </legend>
        <FieldHint hint={hint} hintId={hintId} />
        <div
          className="choice-list"
          role={multiple ? undefined : 'radiogroup'}
          aria-required={!multiple && field.required ? true : undefined}
        >
          {(field.options ?? []).map((option, index) => (
            <label key={option.value} className="check-card">
              <input
                id={index === 0 ? id : undefined}
                type={multiple ? 'checkbox' : 'radio'}
                name={field.key}
                value={option.value}
                checked={chosen.has(option.value)}
                onChange={(e) => {
                  if (!multiple) return onChange(option.value);
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(option.value);
                  else next.delete(option.value);
                  // In option order, as the engine normalizes it.
                  onChange((field.options ?? []).map((o) => o.value).filter((v) => next.has(v)));
                }}
                onBlur={onBlur}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        <FieldError error={error} errorId={errorId} />
      </fieldset>
    );
  }

  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const maxLength = maxLengthOf(field);
  let control: ReactNode;
  switch (field.type) {
    case 'long_text':
      control = (
        <textarea
          id={id}
          className="input textarea"
          rows={6}
          value={text}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          {...common}
        />
      );
      break;
    case 'single_choice':
      control = (
        <select
          id={id}
          className="input select"
          value={text}
          onChange={(e) => onChange(e.target.value || null)}
          onBlur={onBlur}
          {...common}
        >
          <option value="">Choose…</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
      break;
    default:
      control = (
        <input
          id={id}
          className="input"
          // Numbers are typed as text so the engine, not the browser, judges what was typed.
          type={field.type === 'email' ? 'email' : field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          autoComplete={field.type === 'email' ? 'email' : 'off'}
          value={text}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          {...common}
        />
      );
  }

  return (
    <div className={className} data-field={field.key}>
      <label className="field-label" htmlFor={id}>
        {field.label}
        {field.required && <RequiredMark />}
      </label>
      <FieldHint hint={hint} hintId={hintId} />
      {control}
      {field.maxLength !== undefined && maxLength !== undefined && (
        <p className={text.length > maxLength * 0.9 ? 'char-count char-count--near' : 'char-count'}>
          {text.length.toLocaleString()} / {maxLength.toLocaleString()}
        </p>
      )}
      <FieldError error={error} errorId={errorId} />
    </div>
  );
}

function RequiredMark() {
  return (
    <span className="required-mark" title="Required">
      <span aria-hidden="true"> *</span>
      <span className="visually-hidden"> (required)</span>
    </span>
  );
}

function FieldHint({ hint, hintId }: { hint: string; hintId: string | undefined }) {
  if (!hint) return null;
  return (
    <p className="field-hint" id={hintId}>
      {hint}
    </p>
  );
}

function FieldError({ error, errorId }: { error: string | undefined; errorId: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field-error" id={errorId}>
      {error}
    </p>
  );
}

function FieldFooter(props: { hint: string; hintId: string | undefined; error: string | undefined; errorId: string | undefined }) {
  return (
    <>
      <FieldHint hint={props.hint} hintId={props.hintId} />
      <FieldError error={props.error} errorId={props.errorId} />
    </>
  );
}
