import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ticket merged into another (issue 17.4) is closed and points to its target, so that the portal
 * sends whoever opens the old request to the new one. Both tickets are of one organization (the
 * merge reads them in one tenant transaction); the index serves "which tickets were merged into B".
 */
export class TicketMerge1796900000000 implements MigrationInterface {
  name = 'TicketMerge1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "tickets" ADD "merged_into_ticket_id" uuid
         CONSTRAINT "tickets_merged_into_fk" REFERENCES "tickets" ("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE INDEX "tickets_merged_into_idx" ON "tickets" ("organization_id", "merged_into_ticket_id") WHERE "merged_into_ticket_id" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "tickets_merged_into_idx"`);
    await q.query(`ALTER TABLE "tickets" DROP COLUMN "merged_into_ticket_id"`);
  }
}
