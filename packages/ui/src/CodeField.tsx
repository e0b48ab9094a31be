import { TextField, type TextFieldProps } from './TextField';

/** Props of a one-time-code input: its length, and the digits typed so far. */
export interface CodeFieldProps extends Omit<TextFieldProps, 'value' | 'onChange' | 'type'> {
  /** How many digits a complete code has. */
  length: number;
  value: string;
  /** Called with the digits only, cut to `length`, whatever was typed or pasted. */
  onChange(code: string): void;
}

/** The digits of a code as typed or pasted ("123 456", "123-456"), cut to its length. */
export function normalizeCode(input: string, length: number): string {
  return input.replace(/\D+/g, '').slice(0, length);
}

/** A one-time-code input (an emailed sign-in code, an authenticator code): digits only, large and spaced out. */
export function CodeField({ length, onChange, className, ...props }: CodeFieldProps) {
  return (
    <TextField
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]*"
      // Room for the space or dash a pasted code may carry; the digits are kept, the rest dropped.
      maxLength={length + 2}
      required
      {...props}
      className={['input--code', className].filter(Boolean).join(' ')}
      onChange={(event) => onChange(normalizeCode(event.target.value, length))}
    />
  );
}
