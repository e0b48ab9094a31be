import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table that holds one organization's rows, walled by `organization_id`. */
const TENANT_TABLES = [
  'agents',
  'article_categories',
  'article_slug_redirects',
  'article_suggestion_opens',
  'article_votes',
  'articles',
  'contacts',
  'custom_domains',
  'custom_field_definitions',
  'intake_form_versions',
  'intake_forms',
  'outgoing_emails',
  'sessions',
  'sign_in_tokens',
  'ticket_events',
  'ticket_field_values',
  'ticket_messages',
  'tickets',
];

/**
 * The tenant wall in the database. `actionconnect_app` owns nothing, so row-level security binds
 * it; the application runs every tenant transaction as that role with `app.organization_id` set
 * transaction-locally (db/tenant.ts). With no organization set, the policies match no row.
 * The role is cluster-wide, so creating it tolerates another database (or a parallel migration)
 * having made it first.
 */
export class TenantRowLevelSecurity1795700000000 implements MigrationInterface {
  name = 'TenantRowLevelSecurity1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN
      CREATE ROLE actionconnect_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
    // The migrating (owner) role must be able to SET ROLE to it when one URL serves both.
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, 'actionconnect_app', 'MEMBER') THEN
        EXECUTE format('GRANT actionconnect_app TO %I', current_user);
      END IF;
    EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO actionconnect_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO actionconnect_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO actionconnect_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO actionconnect_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO actionconnect_app`);
    // The migrations' own bookkeeping is not the application's business.
    await q.query(`REVOKE ALL ON TABLE migrations FROM actionconnect_app`);
    await q.query(`CREATE FUNCTION app_current_organization_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_current_organization_id() TO actionconnect_app`);
    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY "${table}_tenant" ON "${table}" USING ("organization_id" = app_current_organization_id()) WITH CHECK ("organization_id" = app_current_organization_id())`,
      );
    }
    await q.query(`ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "organizations_tenant" ON "organizations" USING ("id" = app_current_organization_id()) WITH CHECK ("id" = app_current_organization_id())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES, 'organizations']) {
      await q.query(`DROP POLICY "${table}_tenant" ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP FUNCTION app_current_organization_id()`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM actionconnect_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM actionconnect_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM actionconnect_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM actionconnect_app`);
  }
}
