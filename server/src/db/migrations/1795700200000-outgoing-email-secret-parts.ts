import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secret parts of a queued email (a sign-in link's token and code), so the outbox can cut them
 * from the stored bodies once Postmark has the email (issue 10.3). Existing rows stay NULL.
 */
export class OutgoingEmailSecretParts1795700200000 implements MigrationInterface {
  name = 'OutgoingEmailSecretParts1795700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "outgoing_emails" ADD "secret_parts" text array');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "outgoing_emails" DROP COLUMN "secret_parts"');
  }
}
