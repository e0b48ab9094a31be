import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contact's own data (issue 14.5, GDPR Articles 15 and 17).
 *
 * - `data_deletion_requests`: a contact's request, made in the portal, that their data be erased;
 *   at most one open per contact (a partial unique index), closed when an admin anonymizes them.
 *   A tenant table like the others (TenantRowLevelSecurity1795700000000).
 * - `contacts.anonymized_at`: set by the anonymization, which replaces name and email in place so
 *   the contact's messages keep their author row.
 */
export class ContactPrivacy1796800000000 implements MigrationInterface {
  name = 'ContactPrivacy1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "contacts" ADD "anonymized_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `CREATE TABLE "data_deletion_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_agent_id" uuid, CONSTRAINT "data_deletion_requests_status_check" CHECK ("status" IN ('open', 'done')), CONSTRAINT "PK_05527932a91632aa6401c5c62f2" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "data_deletion_requests_one_open_key" ON "data_deletion_requests" ("organization_id", "contact_id") WHERE "status" = 'open'`,
    );
    await q.query(
      `CREATE INDEX "data_deletion_requests_org_contact_idx" ON "data_deletion_requests" ("organization_id", "contact_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "data_deletion_requests_org_status_idx" ON "data_deletion_requests" ("organization_id", "status", "created_at", "id") `,
    );
    await q.query(
      `ALTER TABLE "data_deletion_requests" ADD CONSTRAINT "FK_1e27e8d66afd0ed1e9922b1df4b" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "data_deletion_requests" ADD CONSTRAINT "FK_a101853c420c597bdc61881822a" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "data_deletion_requests" ADD CONSTRAINT "FK_292587b0096940a5ca9a190bcdc" FOREIGN KEY ("completed_by_agent_id") REFERENCES "agents"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // A contact's rows in the tables that hold them by contact or address, for the export and the anonymization.
    await q.query(`CREATE INDEX "ticket_messages_author_contact_idx" ON "ticket_messages" ("author_contact_id") `);
    await q.query(`CREATE INDEX "attachments_uploader_contact_idx" ON "attachments" ("uploaded_by_contact_id") `);
    await q.query(`CREATE INDEX "outgoing_emails_org_to_idx" ON "outgoing_emails" ("organization_id", "to_address") `);
    await q.query(`CREATE INDEX "inbound_emails_org_from_idx" ON "inbound_emails" ("organization_id", "from_address") `);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "data_deletion_requests" TO actionconnect_app`);
    await q.query(`ALTER TABLE "data_deletion_requests" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "data_deletion_requests_tenant" ON "data_deletion_requests" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY "data_deletion_requests_tenant" ON "data_deletion_requests"`);
    await q.query(`DROP TABLE "data_deletion_requests"`);
    await q.query(`DROP INDEX "public"."inbound_emails_org_from_idx"`);
    await q.query(`DROP INDEX "public"."outgoing_emails_org_to_idx"`);
    await q.query(`DROP INDEX "public"."attachments_uploader_contact_idx"`);
    await q.query(`DROP INDEX "public"."ticket_messages_author_contact_idx"`);
    await q.query(`ALTER TABLE "contacts" DROP COLUMN "anonymized_at"`);
  }
}
