/** Longest address accepted; the SMTP path limit (RFC 5321) leaves 254 characters for the address. */
export const MAX_EMAIL_LENGTH = 254;

const MAX_LOCAL_PART_LENGTH = 64;

// The WHATWG definition of a valid e-mail address, the one <input type="email"> applies, so the
// portal's browser check and the server agree. It already excludes spaces, commas, semicolons,
// angle brackets, double quotes, backslashes and control characters, which is what keeps a
// "single address" from smuggling a second recipient or a header into an outgoing message.
// The apostrophe stays allowed because real addresses (o'brien@…) use it and it is inert in headers.
const WHATWG_EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Trims and lowercases an email address, or returns null unless the input is exactly one plausible address. */
export function normalizeEmail(input: string): string | null {
  if (typeof input !== 'string') return null;
  // Only the ends are trimmed: whitespace inside is a sign of a list or an injected header.
  const email = input.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !WHATWG_EMAIL.test(email)) return null;

  const at = email.indexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > MAX_LOCAL_PART_LENGTH) return null;
  // WHATWG tolerates these dots; mail servers do not, so the address could never be delivered.
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  // A dotless domain ("a@localhost") or a numeric top-level label ("a@10.0.0.1") is not a
  // mailbox a customer can give us.
  const labels = domain.split('.');
  if (labels.length < 2 || !/[a-z]/.test(labels[labels.length - 1])) return null;
  return email;
}
