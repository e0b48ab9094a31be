import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes that match each agent queue view and the portal's request list, in their order
 * (`updated_at DESC, id DESC`), so a page at any depth reads only its rows (issue 11).
 *
 * - Partial indexes per view keep each one small and let PostgreSQL walk it in sort order; an
 *   `IN` list of statuses in a plain index would make it merge and sort.
 * - `(organization_id, status, updated_at, id)` serves the single-status views (pending, solved)
 *   and replaces the old index without `id`.
 * - `(organization_id, requester_id, updated_at, id)` serves `myTickets`; the old
 *   `(…, requester_id, created_at)` index gains `id` for each requester's recent tickets.
 */
export class TicketQueueIndexes1795800000000 implements MigrationInterface {
  name = 'TicketQueueIndexes1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "tickets_org_status_updated_idx"');
    await q.query('CREATE INDEX "tickets_org_status_updated_idx" ON "tickets" ("organization_id", "status", "updated_at", "id")');
    await q.query('CREATE INDEX "tickets_queue_all_idx" ON "tickets" ("organization_id", "updated_at", "id")');
    await q.query(
      `CREATE INDEX "tickets_queue_open_idx" ON "tickets" ("organization_id", "updated_at", "id") WHERE "status" IN ('new', 'open')`,
    );
    await q.query(
      `CREATE INDEX "tickets_queue_unassigned_idx" ON "tickets" ("organization_id", "updated_at", "id")
         WHERE "assignee_id" IS NULL AND "status" IN ('new', 'open', 'pending')`,
    );
    // The agent app opens Unassigned oldest first (created_at ASC): that order gets its own index.
    await q.query(
      `CREATE INDEX "tickets_queue_unassigned_created_idx" ON "tickets" ("organization_id", "created_at", "id")
         WHERE "assignee_id" IS NULL AND "status" IN ('new', 'open', 'pending')`,
    );
    await q.query(
      `CREATE INDEX "tickets_queue_assignee_idx" ON "tickets" ("organization_id", "assignee_id", "updated_at", "id")
         WHERE "status" IN ('new', 'open', 'pending')`,
    );
    await q.query('CREATE INDEX "tickets_org_requester_updated_idx" ON "tickets" ("organization_id", "requester_id", "updated_at", "id")');
    await q.query('DROP INDEX "tickets_org_requester_idx"');
    await q.query('CREATE INDEX "tickets_org_requester_idx" ON "tickets" ("organization_id", "requester_id", "created_at", "id")');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "tickets_org_requester_idx"');
    await q.query('CREATE INDEX "tickets_org_requester_idx" ON "tickets" ("organization_id", "requester_id", "created_at")');
    await q.query('DROP INDEX "tickets_org_requester_updated_idx"');
    await q.query('DROP INDEX "tickets_queue_assignee_idx"');
    await q.query('DROP INDEX "tickets_queue_unassigned_created_idx"');
    await q.query('DROP INDEX "tickets_queue_unassigned_idx"');
    await q.query('DROP INDEX "tickets_queue_open_idx"');
    await q.query('DROP INDEX "tickets_queue_all_idx"');
    await q.query('DROP INDEX "tickets_org_status_updated_idx"');
    await q.query('CREATE INDEX "tickets_org_status_updated_idx" ON "tickets" ("organization_id", "status", "updated_at")');
  }
}
