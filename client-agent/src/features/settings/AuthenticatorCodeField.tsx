import { CodeField, type CodeFieldProps } from '@actionconnect/ui';
import { TOTP_LENGTH } from './two-step.util';

/** Props of the authenticator-code input: the hint and field name differ by screen. */
export type AuthenticatorCodeFieldProps = Omit<CodeFieldProps, 'label' | 'length'>;

/** The 6-digit authenticator (TOTP) code input used at sign-in and in two-step settings. */
export function AuthenticatorCodeField(props: AuthenticatorCodeFieldProps) {
  return <CodeField {...props} label="Authenticator code" length={TOTP_LENGTH} />;
}
