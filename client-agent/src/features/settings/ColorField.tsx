import { normalizeHexColor } from '@actionconnect/shared';
import { Field } from '@actionconnect/ui';
import type { Ref } from 'react';

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
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="color-input">
          <input
            type="color"
            className="color-swatch"
            aria-label={`${label}: picker`}
            value={normalizeHexColor(value) ?? fallback}
            onChange={(event) => onChange(event.target.value)}
          />
          <input
            {...control}
            ref={inputRef}
            name={name}
            className="input color-hex"
            value={value}
            maxLength={7}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
      )}
    </Field>
  );
}
