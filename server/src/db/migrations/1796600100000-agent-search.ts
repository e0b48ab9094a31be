import type { MigrationInterface, QueryRunner } from 'typeorm';

const INDEXES: [name: string, table: string, column: string][] = [
  ['tickets_subject_trgm_idx', 'tickets', 'subject'],
  ['ticket_messages_body_trgm_idx', 'ticket_messages', 'body'],
  ['contacts_email_trgm_idx', 'contacts', 'email'],
  ['contacts_name_trgm_idx', 'contacts', 'name'],
  ['companies_name_trgm_idx', 'companies', 'name'],
];

const FUNCTIONS = [
  'ticket_search_candidates(text, integer)',
  'contact_search_candidates(text, integer)',
  'company_search_candidates(text, integer)',
];

/**
 * The agent app's one search box (issue 17.1): tickets by subject and message text, contacts by
 * name and email, companies by name, as substrings (ILIKE '%…%') answered by pg_trgm GIN indexes.
 *
 * As for articles (ArticleSearchCandidates1795800200000): row-level security keeps the trigram
 * operators (not leakproof) from the application role's plans, which would read every row of
 * the organization's table. So three SECURITY DEFINER functions run as the tables' owner, where
 * the indexes apply, filter to the organization set for the transaction
 * (`app_current_organization_id()`; nothing when unset) and return at most `max_rows` ids, in
 * no order; the application joins them back as itself (the tenant policy checks every row) and
 * ranks that bounded set. Exact ticket numbers and addresses are looked up by the existing
 * (organization, number) and (organization, email) keys.
 */
export class AgentSearch1796600100000 implements MigrationInterface {
  name = 'AgentSearch1796600100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const [name, table, column] of INDEXES) {
      await q.query(`CREATE INDEX "${name}" ON "${table}" USING GIN ("${column}" gin_trgm_ops)`);
    }
    // MATERIALIZED: each match set is planned as a whole (the GIN index, not a scan the LIMIT may stop) and read only up to the LIMIT.
    await q.query(`
      CREATE FUNCTION ticket_search_candidates(pattern text, max_rows integer)
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER ROWS 100
      SET search_path = pg_catalog, public, pg_temp
      AS $$
        WITH by_subject AS MATERIALIZED (
          SELECT t.id FROM tickets t WHERE t.organization_id = app_current_organization_id() AND t.subject ILIKE pattern
        ), by_text AS MATERIALIZED (
          SELECT m.ticket_id AS id FROM ticket_messages m WHERE m.organization_id = app_current_organization_id() AND m.body ILIKE pattern
        )
        (SELECT id FROM by_subject LIMIT max_rows) UNION (SELECT id FROM by_text LIMIT max_rows)
      $$`);
    await q.query(`
      CREATE FUNCTION contact_search_candidates(pattern text, max_rows integer)
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER ROWS 100
      SET search_path = pg_catalog, public, pg_temp
      AS $$
        WITH by_email AS MATERIALIZED (
          SELECT c.id FROM contacts c WHERE c.organization_id = app_current_organization_id() AND c.email ILIKE pattern
        ), by_name AS MATERIALIZED (
          SELECT c.id FROM contacts c WHERE c.organization_id = app_current_organization_id() AND c.name ILIKE pattern
        )
        (SELECT id FROM by_email LIMIT max_rows) UNION (SELECT id FROM by_name LIMIT max_rows)
      $$`);
    await q.query(`
      CREATE FUNCTION company_search_candidates(pattern text, max_rows integer)
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER ROWS 100
      SET search_path = pg_catalog, public, pg_temp
      AS $$
        WITH found AS MATERIALIZED (
          SELECT c.id FROM companies c WHERE c.organization_id = app_current_organization_id() AND c.name ILIKE pattern
        )
        SELECT id FROM found LIMIT max_rows
      $$`);
    for (const fn of FUNCTIONS) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO actionconnect_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await q.query(`DROP FUNCTION ${fn}`);
    for (const [name] of INDEXES) await q.query(`DROP INDEX "${name}"`);
  }
}
