import type { Ref } from 'react';
import { normalizeTotp, TOTP_LENGTH } from '../features/settings/two-step.util';
import { TextField } from './TextField';

/** Props of the authenticator-code input: the hint and field name differ by screen. */
export interface AuthenticatorCodeFieldProps {
  ref?: Ref<HTMLInputElement>;
  name: string;
  hint: string;
  value: string;
  onChange(code: string): void;
  error?: string | null;
}

/** The 6-digit authenticator (TOTP) code input used at sign-in and in two-step settings. */
export function AuthenticatorCodeField({ onChange, ...props }: AuthenticatorCodeFieldProps) {
  return (
    <TextField
      {...props}
      label="Authenticator code"
      className="input--code"
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={TOTP_LENGTH + 1}
      required
      onChange={(event) => onChange(normalizeTotp(event.target.value))}
    />
  );
}
