import { Field } from '@actionconnect/ui';
import type { ComponentProps, ReactNode } from 'react';

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
  const length = typeof value === 'string' ? [...value].length : 0;
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      note={maxChars === undefined ? undefined : `${length} / ${maxChars}`}
      noteClassName={maxChars !== undefined && length > maxChars ? 'char-count char-count--over' : 'char-count'}
    >
      {(control) => (
        <textarea {...control} className={['input', 'textarea', className].filter(Boolean).join(' ')} value={value} {...textarea} />
      )}
    </Field>
  );
}
