import { useId, type ReactNode } from 'react';

/** What a field hands its control: the id its label points at, and the ARIA wiring of hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props of a field: its label, help and error, and the control drawn between them. */
export interface FieldProps {
  label: ReactNode;
  /** Help shown under the label and read with the control. */
  hint?: ReactNode;
  /** Error shown under the control; marks it invalid. */
  error?: string | null;
  /** A line under the control, read with it too (a character count). */
  note?: ReactNode;
  noteClassName?: string;
  children(control: FieldControlProps): ReactNode;
}

/** A label, hint, note and error around any control, wired to it by id and aria-describedby. */
export function Field({ label, hint, error, note, noteClassName, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const noteId = note !== undefined ? `${id}-note` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, noteId, errorId].filter(Boolean).join(' ') || undefined;
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
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {note !== undefined && (
        <p className={noteClassName} id={noteId}>
          {note}
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
