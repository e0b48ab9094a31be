import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cross-device approval of a sign-in by number matching (issue 13.2). The device that asked for the
 * link keeps a random waiting handle (only its SHA-256 is stored, like the link token) and shows a
 * two-digit match number; the link opened on another device can approve the sign-in by picking that
 * number among `match_choices` (one attempt: `approval` is set once, to `approved` or `refused`).
 * The waiting device then claims the session with its handle. Existing rows stay NULL: they work
 * only as before (link in the same browser, or the code).
 */
export class SignInApproval1796200000000 implements MigrationInterface {
  name = 'SignInApproval1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "sign_in_tokens" ADD "waiting_hash" character varying(64), ADD "match_number" smallint, ADD "match_choices" character varying(8), ADD "approval" character varying(8), ADD "approval_answered_at" TIMESTAMP WITH TIME ZONE`,
    );
    await q.query(
      `ALTER TABLE "sign_in_tokens" ADD CONSTRAINT "sign_in_tokens_approval_check" CHECK ("approval" IN ('approved', 'refused'))`,
    );
    await q.query(`CREATE UNIQUE INDEX "sign_in_tokens_waiting_hash_key" ON "sign_in_tokens" ("waiting_hash") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."sign_in_tokens_waiting_hash_key"`);
    await q.query(`ALTER TABLE "sign_in_tokens" DROP CONSTRAINT "sign_in_tokens_approval_check"`);
    await q.query(
      `ALTER TABLE "sign_in_tokens" DROP COLUMN "approval_answered_at", DROP COLUMN "approval", DROP COLUMN "match_choices", DROP COLUMN "match_number", DROP COLUMN "waiting_hash"`,
    );
  }
}
