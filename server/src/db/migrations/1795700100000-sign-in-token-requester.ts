import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which network asked for a sign-in link (SHA-256 of the IPv4 address or IPv6 /64), so a new link
 * voids only the earlier ones asked for from the same network (issue 10.5). Existing rows stay NULL
 * and simply expire.
 */
export class SignInTokenRequester1795700100000 implements MigrationInterface {
  name = 'SignInTokenRequester1795700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "sign_in_tokens" ADD "requester_hash" character varying(64)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "sign_in_tokens" DROP COLUMN "requester_hash"');
  }
}
