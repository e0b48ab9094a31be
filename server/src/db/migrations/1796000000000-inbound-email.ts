import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replies and requests by email (issue 12.5–7).
 *
 * - `inbound_emails`: one row per inbound email routed to an organization, unique on
 *   (organization, Postmark `MessageID`), so Postmark's retries add nothing twice. A tenant table
 *   like the others (TenantRowLevelSecurity1795700000000): row-level security, the same policy.
 * - `organizations.inbound_email_key`: the random key in the organization's inbound addresses
 *   (`support+<key>@…` for new requests, `support+<key>-<number>-<mac>@…` for replies).
 * - `ticket_messages`: `channel` (web or email), and `unverified_sender_email` for mail from someone
 *   other than the requester, which becomes an internal note with no author; so the one-author rule
 *   now counts that address as the third kind of author.
 * - `outgoing_emails`: the `Reply-To` and the threading headers each ticket email is sent with.
 */
export class InboundEmail1796000000000 implements MigrationInterface {
  name = 'InboundEmail1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "inbound_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "provider_message_id" character varying(100) NOT NULL, "from_address" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "outcome" character varying(20) NOT NULL, "reason" character varying(200), "ticket_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "inbound_emails_outcome_check" CHECK ("outcome" IN ('reply', 'flagged', 'request', 'closed-notice', 'ignored')), CONSTRAINT "PK_4681d4ed00f370f44de2a1d094c" PRIMARY KEY ("id"))`,
    );
    await q.query('CREATE UNIQUE INDEX "inbound_emails_org_message_key" ON "inbound_emails" ("organization_id", "provider_message_id") ');
    await q.query(
      'ALTER TABLE "inbound_emails" ADD CONSTRAINT "FK_df5bc8723de9df5889aa8e933e8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "inbound_emails" ADD CONSTRAINT "FK_ad0940e76a42e3b5d0700288da4" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "inbound_emails" TO actionconnect_app`);
    await q.query(`ALTER TABLE "inbound_emails" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "inbound_emails_tenant" ON "inbound_emails" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
    );

    // gen_random_uuid() is the random source PostgreSQL and PGlite both have (its first 12 hex digits are
    // random; the key takes 10, 40 bits, unique-checked); existing rows get a key each.
    await q.query(
      `ALTER TABLE "organizations" ADD "inbound_email_key" character varying(16) NOT NULL DEFAULT "left"(encode(uuid_send(gen_random_uuid()), 'hex'), 10)`,
    );
    await q.query('CREATE UNIQUE INDEX "organizations_inbound_email_key_key" ON "organizations" ("inbound_email_key") ');

    await q.query('ALTER TABLE "ticket_messages" ADD "unverified_sender_email" character varying(254)');
    await q.query(`ALTER TABLE "ticket_messages" ADD "channel" character varying(10) NOT NULL DEFAULT 'web'`);
    await q.query(`ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_channel_check" CHECK ("channel" IN ('web', 'email'))`);
    await q.query(
      `ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_unverified_internal" CHECK ("unverified_sender_email" IS NULL OR "kind" = 'internal_note')`,
    );
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "ticket_messages_one_author"');
    await q.query(
      'ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_one_author" CHECK (num_nonnulls("author_agent_id", "author_contact_id", "unverified_sender_email") = 1)',
    );

    await q.query('ALTER TABLE "outgoing_emails" ADD "reply_to" character varying(254)');
    await q.query('ALTER TABLE "outgoing_emails" ADD "headers" jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "outgoing_emails" DROP COLUMN "headers"');
    await q.query('ALTER TABLE "outgoing_emails" DROP COLUMN "reply_to"');
    // Unauthored messages cannot satisfy the old rule: they go with the columns.
    await q.query('DELETE FROM "ticket_messages" WHERE "unverified_sender_email" IS NOT NULL');
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "ticket_messages_one_author"');
    await q.query(
      'ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_one_author" CHECK (num_nonnulls("author_agent_id", "author_contact_id") = 1)',
    );
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "ticket_messages_unverified_internal"');
    await q.query('ALTER TABLE "ticket_messages" DROP CONSTRAINT "ticket_messages_channel_check"');
    await q.query('ALTER TABLE "ticket_messages" DROP COLUMN "channel"');
    await q.query('ALTER TABLE "ticket_messages" DROP COLUMN "unverified_sender_email"');
    await q.query('DROP INDEX "public"."organizations_inbound_email_key_key"');
    await q.query('ALTER TABLE "organizations" DROP COLUMN "inbound_email_key"');
    await q.query(`DROP POLICY "inbound_emails_tenant" ON "inbound_emails"`);
    await q.query('ALTER TABLE "inbound_emails" DROP CONSTRAINT "FK_ad0940e76a42e3b5d0700288da4"');
    await q.query('ALTER TABLE "inbound_emails" DROP CONSTRAINT "FK_df5bc8723de9df5889aa8e933e8"');
    await q.query('DROP INDEX "public"."inbound_emails_org_message_key"');
    await q.query('DROP TABLE "inbound_emails"');
  }
}
