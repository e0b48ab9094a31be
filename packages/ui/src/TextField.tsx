import type { ComponentProps, ReactNode } from 'react';
import { Field } from './Field';

/** Props of a labelled text input; everything else (ref included) goes to the <input>. */
export interface TextFieldProps extends Omit<ComponentProps<'input'>, 'id'> {
  label: ReactNode;
  /** Help shown under the label and read with the input. */
  hint?: ReactNode;
  /** Error shown under the input; marks it invalid. */
  error?: string | null;
}

/** A labelled input with its hint and error wired to aria-describedby. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <input {...control} className={['input', className].filter(Boolean).join(' ')} {...input} />}
    </Field>
  );
}
