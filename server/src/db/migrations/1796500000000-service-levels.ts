import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['business_hours', 'service_level_policies'];

/**
 * Service levels (issue 15.1–3).
 *
 * - `business_hours`: one row per organization: IANA time zone, weekly openings, holidays.
 * - `service_level_policies`: first response, next response and resolution targets per priority,
 *   optionally per form (one policy per priority without a form, one per priority and form).
 * - `tickets`: the clock's inputs (first public agent reply, since when the requester waits, pauses)
 *   and the due times computed from them; `tickets_queue_due_idx` orders "Due soonest" and
 *   "Overdue" (tickets without a due time last), `tickets_queue_unassigned_due_idx` and
 *   `tickets_queue_assignee_due_idx` the Unassigned and Mine views in that order, `tickets_breach_check_idx` is the breach sweeper's list,
 *   `tickets_first_response_idx` the portal's recent first responses (its reply promise).
 *
 * Existing tickets get their clock from their messages and status, so a policy saved later gives
 * them due times (the recompute runs in the background).
 */
export class ServiceLevels1796500000000 implements MigrationInterface {
  name = 'ServiceLevels1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "business_hours" ("organization_id" uuid NOT NULL, "time_zone" character varying(64) NOT NULL, "hours" jsonb NOT NULL DEFAULT '[]', "holidays" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e314dfb303345834f74622052f" PRIMARY KEY ("organization_id"))`,
    );
    await q.query(
      `CREATE TABLE "service_level_policies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "priority" character varying(10) NOT NULL, "form_id" uuid, "first_response_minutes" integer, "next_response_minutes" integer, "resolution_minutes" integer, "business_hours" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "service_level_policies_priority_check" CHECK ("priority" IN ('low', 'normal', 'high', 'urgent')), CONSTRAINT "PK_20f0cc32e4eab92e93c5689b20c" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "service_level_policies_priority_form_key" ON "service_level_policies" ("organization_id", "priority", "form_id") WHERE "form_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "service_level_policies_priority_key" ON "service_level_policies" ("organization_id", "priority") WHERE "form_id" IS NULL`,
    );
    await q.query(`ALTER TABLE "tickets" ADD "first_responded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "tickets" ADD "awaiting_reply_since" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "tickets" ADD "clock_pauses" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "tickets" ADD "first_response_due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "tickets" ADD "next_response_due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "tickets" ADD "resolution_due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "tickets" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "tickets" ADD "breaches_recorded" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "tickets" ADD "breach_check_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `CREATE INDEX "tickets_first_response_idx" ON "tickets" ("organization_id", "first_responded_at") WHERE "first_responded_at" IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "tickets_breach_check_idx" ON "tickets" ("breach_check_at") WHERE "breach_check_at" IS NOT NULL`);
    await q.query(
      `CREATE INDEX "tickets_queue_due_idx" ON "tickets" ("organization_id", (COALESCE("due_at", 'infinity'::timestamptz)), "id")`,
    );
    await q.query(
      `CREATE INDEX "tickets_queue_unassigned_due_idx" ON "tickets" ("organization_id", (COALESCE("due_at", 'infinity'::timestamptz)), "id") WHERE "assignee_id" IS NULL AND "status" IN ('new', 'open', 'pending')`,
    );
    await q.query(
      `CREATE INDEX "tickets_queue_assignee_due_idx" ON "tickets" ("organization_id", "assignee_id", (COALESCE("due_at", 'infinity'::timestamptz)), "id") WHERE "status" IN ('new', 'open', 'pending')`,
    );
    await q.query(
      `ALTER TABLE "business_hours" ADD CONSTRAINT "FK_3e314dfb303345834f74622052f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service_level_policies" ADD CONSTRAINT "FK_0fcb8a053fdd044e835d2c5a27c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "service_level_policies" ADD CONSTRAINT "FK_ec7a5095ffc294a67b2571c4b93" FOREIGN KEY ("form_id") REFERENCES "intake_forms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The clock of existing tickets: the first public agent reply; for unsolved ones, the requester's
    // first public message after the last agent reply; a pause from when a ticket went pending or solved.
    await q.query(
      `UPDATE "tickets" t SET "first_responded_at" = m.first_at
         FROM (SELECT ticket_id, min(created_at) AS first_at FROM "ticket_messages"
                WHERE kind = 'public_reply' AND author_agent_id IS NOT NULL GROUP BY ticket_id) m
        WHERE m.ticket_id = t.id`,
    );
    await q.query(
      `UPDATE "tickets" t SET "awaiting_reply_since" = (
          SELECT min(m.created_at) FROM "ticket_messages" m
           WHERE m.ticket_id = t.id AND m.kind = 'public_reply' AND m.author_agent_id IS NULL
             AND m.created_at > COALESCE((SELECT max(a.created_at) FROM "ticket_messages" a
                                           WHERE a.ticket_id = t.id AND a.kind = 'public_reply' AND a.author_agent_id IS NOT NULL), '-infinity'))
        WHERE t.status IN ('new', 'open')`,
    );
    await q.query(
      `UPDATE "tickets" SET "clock_pauses" = jsonb_build_array(jsonb_build_object('from', to_char(COALESCE("solved_at", "updated_at") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'to', NULL))
        WHERE status IN ('pending', 'solved', 'closed')`,
    );
    for (const table of TENANT_TABLES) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO actionconnect_app`);
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY "${table}_tenant" ON "${table}" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TENANT_TABLES) await q.query(`DROP POLICY "${table}_tenant" ON "${table}"`);
    await q.query(`DROP INDEX "public"."tickets_queue_assignee_due_idx"`);
    await q.query(`DROP INDEX "public"."tickets_queue_unassigned_due_idx"`);
    await q.query(`DROP INDEX "public"."tickets_queue_due_idx"`);
    await q.query(`DROP INDEX "public"."tickets_breach_check_idx"`);
    await q.query(`DROP INDEX "public"."tickets_first_response_idx"`);
    for (const column of [
      'breach_check_at',
      'breaches_recorded',
      'due_at',
      'resolution_due_at',
      'next_response_due_at',
      'first_response_due_at',
      'clock_pauses',
      'awaiting_reply_since',
      'first_responded_at',
    ]) {
      await q.query(`ALTER TABLE "tickets" DROP COLUMN "${column}"`);
    }
    await q.query(`DROP TABLE "service_level_policies"`);
    await q.query(`DROP TABLE "business_hours"`);
  }
}
