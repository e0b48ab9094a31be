import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files (issue 12): one row per stored object, by exactly one agent or contact, attached
 * to at most one message. A tenant table like the others (TenantRowLevelSecurity1795700000000): row-level
 * security with the same policy. Deleting a message sets `message_id` to null rather than deleting the
 * row, so the sweeper can remove the stored object too; `attachments_unattached_idx` is that sweep's path.
 */
export class Attachments1795900000000 implements MigrationInterface {
  name = 'Attachments1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "storage_key" character varying(80) NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(200) NOT NULL, "byte_size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "uploaded_by_agent_id" uuid, "uploaded_by_contact_id" uuid, "message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attached_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "attachments_byte_size" CHECK ("byte_size" >= 0), CONSTRAINT "attachments_attached_at" CHECK ("message_id" IS NULL OR "attached_at" IS NOT NULL), CONSTRAINT "attachments_one_uploader" CHECK (num_nonnulls("uploaded_by_agent_id", "uploaded_by_contact_id") = 1), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "attachments_unattached_idx" ON "attachments" ("created_at") WHERE "message_id" IS NULL');
    await q.query('CREATE INDEX "attachments_message_idx" ON "attachments" ("message_id") ');
    await q.query('CREATE UNIQUE INDEX "attachments_storage_key_key" ON "attachments" ("storage_key") ');
    await q.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_4af30039d8c32fe7cd7112229ee" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_ebaed49fe64b3abdbdd07992d9b" FOREIGN KEY ("uploaded_by_agent_id") REFERENCES "agents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_5e4f66e22b8fdfbb09096c99032" FOREIGN KEY ("uploaded_by_contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "attachments" ADD CONSTRAINT "FK_623e10eec51ada466c5038979e3" FOREIGN KEY ("message_id") REFERENCES "ticket_messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "attachments" TO actionconnect_app`);
    await q.query(`ALTER TABLE "attachments" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "attachments_tenant" ON "attachments" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "attachments_tenant" ON "attachments"`);
    await q.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_623e10eec51ada466c5038979e3"');
    await q.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_5e4f66e22b8fdfbb09096c99032"');
    await q.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_ebaed49fe64b3abdbdd07992d9b"');
    await q.query('ALTER TABLE "attachments" DROP CONSTRAINT "FK_4af30039d8c32fe7cd7112229ee"');
    await q.query('DROP INDEX "public"."attachments_storage_key_key"');
    await q.query('DROP INDEX "public"."attachments_message_idx"');
    await q.query('DROP INDEX "public"."attachments_unattached_idx"');
    await q.query('DROP TABLE "attachments"');
  }
}
