import type { CrossTenantData } from '../../db/cross-tenant';
import { DomainError, ErrorCode } from '../../errors';
import { countHit, pruneHits } from './rate-limit.cross-tenant';

/** A limit: at most `max` hits per `windowMs`. */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/**
 * Sign-in limits (SECURITY.md 12): per email like Frappe (5 an hour), per IP like Supabase
 * (30 an hour), and per organization as a ceiling against spraying many addresses; code attempts
 * are limited per token (5) and per IP.
 */
export const SIGN_IN_LIMITS = {
  linkPerEmail: { max: 5, windowMs: 3_600_000 },
  linkPerIp: { max: 30, windowMs: 3_600_000 },
  linkPerOrganization: { max: 500, windowMs: 3_600_000 },
  codePerIp: { max: 30, windowMs: 900_000 },
  codeAttemptsPerToken: 5,
} as const;

/** Thrown when a limit is reached; says when to try again. */
export function rateLimited(retryAfterMs: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new DomainError(ErrorCode.RateLimited, `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
  });
}

/**
 * Fixed-window counters in the database, so every server process shares them and a restart does
 * not reset them. `hit` counts first and then compares, so concurrent requests cannot slip past.
 * Call it outside any tenant transaction (the counters span organizations).
 */
export class RateLimiter {
  constructor(private readonly crossTenant: CrossTenantData) {}

  /** Counts one hit on each key; throws RATE_LIMITED if any key is over its limit. */
  async hit(checks: { key: string; limit: RateLimit }[], now = new Date()): Promise<void> {
    for (const { key, limit } of checks) {
      const windowStart = new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs);
      const count = await countHit(this.crossTenant, key, windowStart);
      if (count > limit.max) throw rateLimited(windowStart.getTime() + limit.windowMs - now.getTime());
    }
  }

  /** Drops windows that ended more than a day ago. */
  async prune(now = new Date()): Promise<void> {
    await pruneHits(this.crossTenant, new Date(now.getTime() - 86_400_000 * 2));
  }
}
