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

/**
 * A two-digit match number (10–99) and the three numbers the approving device offers: it and two
 * different decoys, ascending, so their order says nothing.
 */
export function newMatchChoices(): { matchNumber: number; choices: number[] } {
  const picked = new Set<number>();
  while (picked.size < 3) picked.add(randomInt(10, 100));
  const choices = [...picked];
  return { matchNumber: choices[randomInt(0, 3)], choices: choices.sort((a, b) => a - b) };
}
