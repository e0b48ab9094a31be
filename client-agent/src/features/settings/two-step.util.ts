import { normalizeCode } from '@actionconnect/ui';

/** A base32 secret in groups of four ("JBSW Y3DP …"), easier to type into an authenticator app. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** Digits in an authenticator (TOTP) code. */
export const TOTP_LENGTH = 6;

/** What the agent typed as an authenticator code, digits only, at most six. */
export function normalizeTotp(input: string): string {
  return normalizeCode(input, TOTP_LENGTH);
}
