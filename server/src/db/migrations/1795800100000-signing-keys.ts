import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys the server signs opaque values with (list cursors today), shared by every instance on the
 * database and kept across restarts. Not tenant data: only the owner reads it, at start-up.
 * A key is created on first use by the instance that needs it (see db/signing-keys.cross-tenant.ts).
 */
export class SigningKeys1795800100000 implements MigrationInterface {
  name = 'SigningKeys1795800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "signing_keys" ("name" text PRIMARY KEY, "secret" bytea NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now())`,
    );
    await q.query(`REVOKE ALL ON "signing_keys" FROM actionconnect_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "signing_keys"');
  }
}
