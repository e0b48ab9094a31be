import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction after solve (issue 14.4).
 *
 * - `satisfaction_surveys`: one "How did we do?" per solve of a ticket, with the requester asked,
 *   the assignee and form at solve time (for the report), and the answer once given. Looked up per
 *   ticket by (organization, ticket, solved_at); the report reads answered rows by
 *   (organization, rated_at), a partial index over answered surveys only.
 * - `organizations.bad_rating_reopens`: whether a bad rating reopens the request (off by default).
 *
 * The new table is a tenant table like the others (TenantRowLevelSecurity1795700000000).
 */
export class Satisfaction1796400000000 implements MigrationInterface {
  name = 'Satisfaction1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "satisfaction_surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "agent_id" uuid, "form_id" uuid, "solved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rating" character varying(4), "comment" text, "rated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "satisfaction_surveys_rating_check" CHECK ("rating" IN ('good', 'bad')), CONSTRAINT "PK_540470b3d942f33110e6f874a97" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "satisfaction_surveys_org_rated_idx" ON "satisfaction_surveys" ("organization_id", "rated_at") WHERE "rating" IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX "satisfaction_surveys_ticket_idx" ON "satisfaction_surveys" ("organization_id", "ticket_id", "solved_at") `,
    );
    await q.query(`ALTER TABLE "organizations" ADD "bad_rating_reopens" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "FK_56bac7cd55436d76ef7fc953f7c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "FK_5fd5af1116db93e8533a091ce23" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "FK_4aff7fae2ce236c843d3d2a4880" FOREIGN KEY ("requester_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "FK_85b01c858d2efe932b27e5afbdd" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "FK_724003505822651ad4d0106d5fb" FOREIGN KEY ("form_id") REFERENCES "intake_forms"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "satisfaction_surveys" TO actionconnect_app`);
    await q.query(`ALTER TABLE "satisfaction_surveys" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "satisfaction_surveys_tenant" ON "satisfaction_surveys" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "satisfaction_surveys_tenant" ON "satisfaction_surveys"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "bad_rating_reopens"`);
    await q.query(`DROP TABLE "satisfaction_surveys"`);
  }
}
