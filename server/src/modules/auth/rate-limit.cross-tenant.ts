import type { CrossTenantData } from '../../db/cross-tenant';

/**
 * Counts one hit on `key` in the window starting at `windowStart` and returns the window's count.
 * Counters are keyed by IP and email across organizations by design; each hit commits on its own.
 */
export async function countHit(crossTenant: CrossTenantData, key: string, windowStart: Date): Promise<number> {
  const rows: { count: number }[] = await crossTenant.run('rate-limit', (m) =>
    m.query(
      `INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_hits.count + 1
       RETURNING count`,
      [key, windowStart],
    ),
  );
  return rows[0].count;
}

/** Drops the windows that started before `before`. */
export async function pruneHits(crossTenant: CrossTenantData, before: Date): Promise<void> {
  await crossTenant.run('rate-limit', (m) => m.query(`DELETE FROM rate_limit_hits WHERE window_start < $1`, [before]));
}
