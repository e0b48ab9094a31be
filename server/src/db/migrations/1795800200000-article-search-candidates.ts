import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that an index answers (issue 11). Row-level security keeps the GIN and trigram indexes
 * from the application role: `@@` and `<%` are not leakproof, so PostgreSQL must not evaluate
 * them before the tenant policy and reads every row of `articles` instead. Two small SECURITY
 * DEFINER functions run as the tables' owner, where the indexes apply, and return only article
 * ids, at most `max_rows`, of the organization set for the transaction
 * (`app_current_organization_id()`; none when it is not set). The application then joins those
 * ids to `articles` as itself, so the tenant policy still checks every row it reads.
 *
 * - `article_search_candidates`: articles whose title, and articles whose text, match a tsquery; at
 *   most `max_rows` of each, in index (physical) order, never sorted: the caller ranks this bounded set.
 *   An empty query (only stop words or punctuation) or one with no positive term (`-word` alone)
 *   matches nothing rather than every row.
 * - `article_similar_titles`: the titles nearest to a text by pg_trgm word similarity, from a GiST
 *   index in distance order (replacing the GIN one, which had to rank every candidate); the
 *   threshold is the transaction's `pg_trgm.word_similarity_threshold`.
 */
export class ArticleSearchCandidates1795800200000 implements MigrationInterface {
  name = 'ArticleSearchCandidates1795800200000';

  async up(q: QueryRunner): Promise<void> {
    // Already created by 1795603463899; PGlite loads it because database.ts passes the extension.
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE INDEX "articles_title_search_idx" ON "articles" USING GIN (to_tsvector(\'english\', "title"))');
    await q.query('DROP INDEX "articles_title_trgm_idx"');
    await q.query('CREATE INDEX "articles_title_trgm_idx" ON "articles" USING GIST ("title" gist_trgm_ops)');
    await q.query(`
      CREATE FUNCTION article_search_candidates(query tsquery, include_drafts boolean, max_rows integer)
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER ROWS 2000
      SET search_path = pg_catalog, public, pg_temp
      AS $$
        -- MATERIALIZED: each match set is planned as a whole (so the planner picks the GIN index,
        -- not a Seq Scan it hopes the LIMIT stops early) yet read lazily, only as far as the LIMIT.
        WITH by_title AS MATERIALIZED (
          SELECT a.id FROM articles a
           WHERE a.organization_id = app_current_organization_id() AND (include_drafts OR a.status = 'published')
             AND numnode(query) > 0 AND querytree(query) <> 'T'
             AND to_tsvector('english', a.title) @@ query
        ), by_text AS MATERIALIZED (
          SELECT a.id FROM articles a
           WHERE a.organization_id = app_current_organization_id() AND (include_drafts OR a.status = 'published')
             AND numnode(query) > 0 AND querytree(query) <> 'T'
             AND a.search_vector @@ query
        )
        (SELECT id FROM by_title LIMIT max_rows) UNION (SELECT id FROM by_text LIMIT max_rows)
      $$`);
    await q.query(`
      CREATE FUNCTION article_similar_titles(text_typed text, include_drafts boolean, max_rows integer)
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER ROWS 20
      SET search_path = pg_catalog, public, pg_temp
      AS $$
        SELECT a.id FROM articles a
         WHERE a.organization_id = app_current_organization_id() AND (include_drafts OR a.status = 'published')
           AND a.title %> text_typed
         ORDER BY a.title <->> text_typed
         LIMIT max_rows
      $$`);
    for (const fn of ['article_search_candidates(tsquery, boolean, integer)', 'article_similar_titles(text, boolean, integer)']) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO actionconnect_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION article_similar_titles(text, boolean, integer)');
    await q.query('DROP FUNCTION article_search_candidates(tsquery, boolean, integer)');
    await q.query('DROP INDEX "articles_title_trgm_idx"');
    await q.query('CREATE INDEX "articles_title_trgm_idx" ON "articles" USING GIN ("title" gin_trgm_ops)');
    await q.query('DROP INDEX "articles_title_search_idx"');
  }
}
