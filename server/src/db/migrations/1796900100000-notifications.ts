import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications for agents (issue 17.8): one row per agent and event ("assigned to you", "new
 * reply on your ticket", "mentioned you"), written in the transaction of the change. A tenant table
 * like the others (TenantRowLevelSecurity1795700000000). The list reads (organization, agent,
 * created_at) newest first; the unread count walks the partial index of unread rows only.
 * `agents.notify_mentions_by_email`: the agent's own choice, off unless they turn it on.
 */
export class Notifications1796900100000 implements MigrationInterface {
  name = 'Notifications1796900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "agent_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "actor_agent_id" uuid, "actor_contact_id" uuid, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notifications_kind_check" CHECK ("kind" IN ('assigned', 'reply', 'mention')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "notifications_agent_created_idx" ON "notifications" ("organization_id", "agent_id", "created_at", "id") `);
    await q.query(
      `CREATE INDEX "notifications_agent_unread_idx" ON "notifications" ("organization_id", "agent_id") WHERE "read_at" IS NULL`,
    );
    await q.query(`CREATE INDEX "notifications_ticket_idx" ON "notifications" ("ticket_id") `);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_agent" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_ticket" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "agents" ADD "notify_mentions_by_email" boolean NOT NULL DEFAULT false`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "notifications" TO actionconnect_app`);
    await q.query(`ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "notifications_tenant" ON "notifications" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "notifications_tenant" ON "notifications"`);
    await q.query(`ALTER TABLE "agents" DROP COLUMN "notify_mentions_by_email"`);
    await q.query(`DROP TABLE "notifications"`);
  }
}
