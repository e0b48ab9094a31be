import type { CrossTenantData } from '../../db/cross-tenant';
import { unwrap } from '../../db/query-result';

/** A key's count in the current window (this hit included) and in the window before it. */
export interface WindowCounts {
  current: number;
  previous: number;
}

/**
 * Counts one hit on `key` in the window starting at `windowStart` and returns it with the previous
 * window's count (for the sliding estimate). Counters are keyed by IP and email across
 * organizations by design; each hit commits on its own.
 */
export async function countHit(crossTenant: CrossTenantData, key: string, windowStart: Date, previousStart: Date): Promise<WindowCounts> {
  const rows: { current: number; previous: number | null }[] = await crossTenant.run('rate-limit', (m) =>
    m.query(
      `WITH hit AS (
         INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
         ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hits.count + 1
         RETURNING count)
       SELECT hit.count AS current,
              (SELECT count FROM rate_limit_hits WHERE key = $1 AND window_start = $3) AS previous
         FROM hit`,
      [key, windowStart, previousStart],
    ),
  );
  return { current: rows[0].current, previous: rows[0].previous ?? 0 };
}

/** Drops the windows that started before `before`. */
export async function pruneHits(crossTenant: CrossTenantData, before: Date): Promise<void> {
  await crossTenant.run('rate-limit', (m) => m.query(`DELETE FROM rate_limit_hits WHERE window_start < $1`, [before]));
}

/**
 * Records `key` once (a one-time value such as a used challenge), kept like a counter window until
 * `until` plus the pruning delay; whether this call was the first. Concurrent callers: exactly one wins.
 */
export async function claimKeyOnce(crossTenant: CrossTenantData, key: string, until: Date): Promise<boolean> {
  const result: unknown = await crossTenant.run('rate-limit', (m) =>
    m.query(
      `INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO NOTHING
       RETURNING key`,
      [key, until],
    ),
  );
  return unwrap(result).length === 1;
}
