import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['companies', 'company_domains', 'ticket_ccs'];

/**
 * Companies, sharing and CCs (issue 14.1–3).
 *
 * - `companies`: an organization's customer companies, each with a sharing mode (who of its
 *   contacts sees the others' requests); `company_domains` maps email domains to a company, unique
 *   per organization, so a new contact joins by their address.
 * - `contacts.company_id` and `contacts.is_company_manager`; `tickets.company_id`, the requester's
 *   company when the request was made (sharing follows it, so moving a contact shows their old
 *   requests to nobody new).
 * - `ticket_ccs`: contacts copied on a ticket.
 * - `organizations.cc_outside_company`: whether contacts may copy addresses outside their company.
 *
 * The three new tables are tenant tables like the others (TenantRowLevelSecurity1795700000000).
 */
export class Companies1796300000000 implements MigrationInterface {
  name = 'Companies1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "companies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "sharing_mode" character varying(20) NOT NULL DEFAULT 'private', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "companies_sharing_mode_check" CHECK ("sharing_mode" IN ('private', 'managers', 'everyone_view', 'everyone_comment')), CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "companies_org_name_key" ON "companies" ("organization_id", "name") `);
    await q.query(
      `CREATE TABLE "company_domains" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "company_id" uuid NOT NULL, "domain" character varying(253) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "company_domains_domain_lower" CHECK ("domain" = lower("domain")), CONSTRAINT "PK_a3702e1ea11eedde4c0978ad644" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "company_domains_company_idx" ON "company_domains" ("company_id") `);
    await q.query(`CREATE UNIQUE INDEX "company_domains_org_domain_key" ON "company_domains" ("organization_id", "domain") `);
    await q.query(
      `CREATE TABLE "ticket_ccs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "contact_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_10316bc4bf8ce9b7052f01cf676" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "ticket_ccs_org_contact_idx" ON "ticket_ccs" ("organization_id", "contact_id", "ticket_id") `);
    await q.query(`CREATE UNIQUE INDEX "ticket_ccs_ticket_contact_key" ON "ticket_ccs" ("ticket_id", "contact_id") `);
    await q.query(`ALTER TABLE "organizations" ADD "cc_outside_company" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "contacts" ADD "company_id" uuid`);
    await q.query(`ALTER TABLE "contacts" ADD "is_company_manager" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "tickets" ADD "company_id" uuid`);
    await q.query(`CREATE INDEX "contacts_org_company_idx" ON "contacts" ("organization_id", "company_id") `);
    await q.query(`CREATE INDEX "tickets_org_company_updated_idx" ON "tickets" ("organization_id", "company_id", "updated_at", "id") `);
    await q.query(
      `ALTER TABLE "companies" ADD CONSTRAINT "FK_4a99045ca7335fb66fa4a15f8ae" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "contacts" ADD CONSTRAINT "FK_b53945f3dfe982678bfeb5e1b4f" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tickets" ADD CONSTRAINT "FK_2ee28ac979e32556a128d2089c0" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "company_domains" ADD CONSTRAINT "FK_f05329a4e9c6176b1355e85cbb6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "company_domains" ADD CONSTRAINT "FK_624098a16ff47a49f75b040eba9" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ticket_ccs" ADD CONSTRAINT "FK_964f8c5680383a791c77bdb4ac6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ticket_ccs" ADD CONSTRAINT "FK_d43ddacc9dfc00378054a3230b6" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "ticket_ccs" ADD CONSTRAINT "FK_efe3a752fea6d7986a155f4116c" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
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
    await q.query(`ALTER TABLE "tickets" DROP CONSTRAINT "FK_2ee28ac979e32556a128d2089c0"`);
    await q.query(`ALTER TABLE "contacts" DROP CONSTRAINT "FK_b53945f3dfe982678bfeb5e1b4f"`);
    await q.query(`DROP INDEX "public"."tickets_org_company_updated_idx"`);
    await q.query(`DROP INDEX "public"."contacts_org_company_idx"`);
    await q.query(`ALTER TABLE "tickets" DROP COLUMN "company_id"`);
    await q.query(`ALTER TABLE "contacts" DROP COLUMN "is_company_manager"`);
    await q.query(`ALTER TABLE "contacts" DROP COLUMN "company_id"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "cc_outside_company"`);
    await q.query(`DROP TABLE "ticket_ccs"`);
    await q.query(`DROP TABLE "company_domains"`);
    await q.query(`DROP TABLE "companies"`);
  }
}
