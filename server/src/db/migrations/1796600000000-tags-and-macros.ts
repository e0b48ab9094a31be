import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['tags', 'ticket_tags', 'macros'];

/**
 * Tags and canned replies (issue 17.2, 17.3).
 *
 * - `tags`: an organization's ticket labels, names unique per organization; `ticket_tags` links
 *   tickets to them (a link table, indexed by (organization, tag, ticket), rather than an array
 *   column: see ticket-tag.entity.ts).
 * - `macros`: canned replies with placeholders and optional actions; shared when
 *   `owner_agent_id` is null, else one agent's.
 *
 * The three new tables are tenant tables like the others (TenantRowLevelSecurity1795700000000).
 */
export class TagsAndMacros1796600000000 implements MigrationInterface {
  name = 'TagsAndMacros1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "tags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(50) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7dc17249a1148a1970748eda99" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "tags_org_name_key" ON "tags" ("organization_id", "name") ');
    await q.query(
      'CREATE TABLE "ticket_tags" ("ticket_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61ad5ce131d1032cd26448d073e" PRIMARY KEY ("ticket_id", "tag_id"))',
    );
    await q.query('CREATE INDEX "ticket_tags_org_tag_ticket_idx" ON "ticket_tags" ("organization_id", "tag_id", "ticket_id") ');
    await q.query(
      'CREATE TABLE "macros" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "owner_agent_id" uuid, "name" character varying(120) NOT NULL, "body" text NOT NULL, "actions" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc6dbe6db03bd5465a8ace61be5" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "macros_org_owner_name_idx" ON "macros" ("organization_id", "owner_agent_id", "name") ');
    await q.query(
      'ALTER TABLE "tags" ADD CONSTRAINT "FK_8f8033a570b04520455cc93ed3d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_tags" ADD CONSTRAINT "FK_072308b247b06f417e7be2f2ed5" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_tags" ADD CONSTRAINT "FK_e834a1960b1abc5822d5055b82e" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ticket_tags" ADD CONSTRAINT "FK_f5cb86966f6eb9f24f011992d38" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "macros" ADD CONSTRAINT "FK_e421a50cabe85f7d6f6f8fb1955" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "macros" ADD CONSTRAINT "FK_585cd9d3530a21462b1c702c90f" FOREIGN KEY ("owner_agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
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
    await q.query('ALTER TABLE "macros" DROP CONSTRAINT "FK_585cd9d3530a21462b1c702c90f"');
    await q.query('ALTER TABLE "macros" DROP CONSTRAINT "FK_e421a50cabe85f7d6f6f8fb1955"');
    await q.query('ALTER TABLE "ticket_tags" DROP CONSTRAINT "FK_f5cb86966f6eb9f24f011992d38"');
    await q.query('ALTER TABLE "ticket_tags" DROP CONSTRAINT "FK_e834a1960b1abc5822d5055b82e"');
    await q.query('ALTER TABLE "ticket_tags" DROP CONSTRAINT "FK_072308b247b06f417e7be2f2ed5"');
    await q.query('ALTER TABLE "tags" DROP CONSTRAINT "FK_8f8033a570b04520455cc93ed3d"');
    await q.query('DROP INDEX "public"."macros_org_owner_name_idx"');
    await q.query('DROP TABLE "macros"');
    await q.query('DROP INDEX "public"."ticket_tags_org_tag_ticket_idx"');
    await q.query('DROP TABLE "ticket_tags"');
    await q.query('DROP INDEX "public"."tags_org_name_key"');
    await q.query('DROP TABLE "tags"');
  }
}
