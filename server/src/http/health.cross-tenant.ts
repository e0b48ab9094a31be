import type { CrossTenantData } from '../db/cross-tenant';

const HEALTH_TIMEOUT_MS = 2000;

/** Answers true when the database answers `SELECT 1` within two seconds. */
export function createHealthCheck(crossTenant: CrossTenantData): () => Promise<boolean> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
    });
    const probe = crossTenant
      .run('health-check', (m) => m.query('SELECT 1'))
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
