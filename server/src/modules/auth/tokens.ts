import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** A new 256-bit secret from the OS CSPRNG, URL-safe (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A numeric one-time code of `digits` digits, uniformly random. */
export function newCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** SHA-256 hex digest: what we store instead of a token, code or session secret. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
