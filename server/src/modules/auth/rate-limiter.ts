import type { CrossTenantData } from '../../db/cross-tenant';
import { DomainError, ErrorCode } from '../../errors';
import { claimKeyOnce, countHit, pruneHits, type WindowCounts } from './rate-limit.cross-tenant';

/** A limit: at most `max` hits in any `windowMs` (a sliding window). */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/**
 * Sign-in limits (SECURITY.md 12), sized so that no stranger can lock out an account or an
 * organization's agents (issue 10.4–5):
 * - per (email, requesting IP or IPv6 /64): 5 links an hour, like Frappe's per user, but a stranger
 *   spends only their own pair's budget, never the owner's;
 * - per email, from any address: 20 an hour, a mailbox-flood ceiling that needs four networks;
 * - per IP (IPv6 /64) and purpose: 30 an hour, like Supabase;
 * - per organization, portal only: 500 an hour. Past it portal sign-in is not refused but asks for a
 *   proof of work (proof-of-work.ts). Agents' sign-in has no organization-wide budget, so anonymous
 *   portal traffic cannot lock agents out;
 * - mail to addresses that are not contacts yet: 50 an hour per organization; past it the request
 *   answers the same but no mail goes out, so nobody can make us email hundreds of strangers;
 * - code attempts: 5 per token, 30 per 15 minutes per IP.
 */
export const SIGN_IN_LIMITS = {
  linkPerEmailAndIp: { max: 5, windowMs: 3_600_000 },
  linkPerEmail: { max: 20, windowMs: 3_600_000 },
  linkPerIp: { max: 30, windowMs: 3_600_000 },
  linkPerOrganization: { max: 500, windowMs: 3_600_000 },
  newContactMailPerOrganization: { max: 50, windowMs: 3_600_000 },
  codePerIp: { max: 30, windowMs: 900_000 },
  codeAttemptsPerToken: 5,
} as const;

/** Thrown when a limit is reached; says when to try again. */
export function rateLimited(retryAfterMs: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new DomainError(ErrorCode.RateLimited, `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });
}

/**
 * The sliding-window estimate (Cloudflare's): the previous window's count weighted by how much of
 * it still overlaps the last `windowMs`, plus the current window's. Unlike a fixed window, twice the
 * limit cannot pass around a window edge.
 */
export function slidingCount(counts: WindowCounts, elapsedMs: number, windowMs: number): number {
  return counts.previous * (1 - elapsedMs / windowMs) + counts.current;
}

/** How long until one more hit would be within the limit again (with no hits in between). */
export function retryAfterMs(counts: WindowCounts, elapsedMs: number, limit: RateLimit): number {
  const { max, windowMs } = limit;
  const room = max - 1;
  if (counts.current <= room && counts.previous > 0) {
    // Within this window, once enough of the previous one has slid out.
    return Math.max(0, windowMs * (1 - (room - counts.current) / counts.previous) - elapsedMs);
  }
  // In the next window, the current one becomes the weighted "previous".
  return windowMs - elapsedMs + Math.max(0, windowMs * (1 - room / counts.current));
}

/**
 * Sliding-window counters in the database (two fixed windows per key, weighted), so every server
 * process shares them and a restart does not reset them. A hit is counted first and compared after,
 * so concurrent requests cannot slip past. Call it outside any tenant transaction (the counters span
 * organizations).
 */
export class RateLimiter {
  constructor(private readonly crossTenant: CrossTenantData) {}

  /** Counts one hit on each key in turn; throws RATE_LIMITED at the first key over its limit (later keys are not counted). */
  async hit(checks: { key: string; limit: RateLimit }[], now = new Date()): Promise<void> {
    for (const { key, limit } of checks) {
      const wait = await this.count(key, limit, now);
      if (wait !== null) throw rateLimited(wait);
    }
  }

  /** Counts one hit on `key`; whether it is within the limit (for budgets that degrade quietly instead of refusing). */
  async allows(key: string, limit: RateLimit, now = new Date()): Promise<boolean> {
    return (await this.count(key, limit, now)) === null;
  }

  /** Counts one hit on `key`; how full its budget is (1 = at the limit, 2 = twice over), for limits that escalate instead of refusing. */
  async usage(key: string, limit: RateLimit, now = new Date()): Promise<number> {
    const { counts, elapsed } = await this.countOne(key, limit, now);
    return slidingCount(counts, elapsed, limit.windowMs) / limit.max;
  }

  /** Records a one-time value (kept until `until`, then pruned); true only for the first caller. */
  claimOnce(key: string, until: Date): Promise<boolean> {
    return claimKeyOnce(this.crossTenant, key, until);
  }

  /** Counts one hit; null when within the limit, else how long to wait. */
  private async count(key: string, limit: RateLimit, now: Date): Promise<number | null> {
    const { counts, elapsed } = await this.countOne(key, limit, now);
    return slidingCount(counts, elapsed, limit.windowMs) > limit.max ? retryAfterMs(counts, elapsed, limit) : null;
  }

  private async countOne(key: string, limit: RateLimit, now: Date): Promise<{ counts: WindowCounts; elapsed: number }> {
    const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs;
    const counts = await countHit(this.crossTenant, key, new Date(start), new Date(start - limit.windowMs));
    return { counts, elapsed: now.getTime() - start };
  }

  /** Drops windows that ended more than a day ago (the sliding estimate needs only the previous one). */
  async prune(now = new Date()): Promise<void> {
    await pruneHits(this.crossTenant, new Date(now.getTime() - 86_400_000 * 2));
  }
}
