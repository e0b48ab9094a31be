import { useId, type ComponentProps, type ReactNode } from 'react';

/** Props of a labelled multi-line input; everything else (ref included) goes to the <textarea>. */
export interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shows "n / max" under the input when given. */
  maxChars?: number;
}

/** A labelled textarea with its hint, character count and error wired to aria-describedby. */
export function TextAreaField({ label, hint, error, maxChars, className, value, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const countId = maxChars ? `${id}-count` : undefined;
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(' ') || undefined;
  const length = typeof value === 'string' ? [...value].length : 0;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className={['input', 'textarea', className].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        {...textarea}
      />
      {maxChars !== undefined && (
        <p className={length > maxChars ? 'char-count char-count--over' : 'char-count'} id={countId}>
          {length} / {maxChars}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
