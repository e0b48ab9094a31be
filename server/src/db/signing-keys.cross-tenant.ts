import { randomBytes } from 'node:crypto';
import type { CrossTenantData } from './cross-tenant';

/**
 * The named signing key, created on first use. Every instance on the database converges on the
 * first one stored (`ON CONFLICT DO NOTHING`, then read back), so a value signed by one instance
 * verifies on another and after a restart.
 */
export function loadSigningKey(crossTenant: CrossTenantData, name: string): Promise<Buffer> {
  return crossTenant.transaction('load-signing-keys', async (m) => {
    await m.query('INSERT INTO "signing_keys" ("name", "secret") VALUES ($1, $2) ON CONFLICT ("name") DO NOTHING', [name, randomBytes(32)]);
    const rows = (await m.query('SELECT "secret" FROM "signing_keys" WHERE "name" = $1', [name])) as { secret: Buffer }[];
    const secret = rows[0]?.secret;
    if (!secret || secret.length < 32) throw new Error(`signing key ${name} is missing or too short`);
    return secret;
  });
}
