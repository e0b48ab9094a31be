import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a visitor confirms their email on the request form (issue 16.4): `at_submit` (the default)
 * lets anyone fill the form first and confirm their address on sending it; `first` keeps the form
 * behind sign-in.
 */
export class RequestSignIn1796700200000 implements MigrationInterface {
  name = 'RequestSignIn1796700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "organizations" ADD "request_sign_in" character varying(12) NOT NULL DEFAULT 'at_submit'
         CONSTRAINT "organizations_request_sign_in_check" CHECK ("request_sign_in" IN ('at_submit', 'first'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "request_sign_in"`);
  }
}
