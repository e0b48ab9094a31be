import { normalizeHexColor } from '@actionconnect/shared';
import { useId, type Ref } from 'react';

interface ColorFieldProps {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  /** Shown in the swatch while the typed value is not a colour yet. */
  fallback: string;
  inputRef?: Ref<HTMLInputElement>;
  name: string;
}

/** A hex colour: a text input to type or paste `#c2410c`, beside a swatch that opens the system picker. */
export function ColorField({ label, hint, value, onChange, error, fallback, inputRef, name }: ColorFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
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
      <div className="color-input">
        <input
          type="color"
          className="color-swatch"
          aria-label={`${label}: picker`}
          value={normalizeHexColor(value) ?? fallback}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          ref={inputRef}
          id={id}
          name={name}
          className="input color-hex"
          value={value}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
