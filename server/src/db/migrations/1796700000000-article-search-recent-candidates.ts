import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Common words and prefixes without reading every match (issue 11). `article_search_candidates`
 * (1795800200000) took its bounded candidate set from a GIN bitmap, and a bitmap is built whole
 * before any LIMIT applies: a word in every one of 100k articles cost a 100k-entry bitmap (60 ms)
 * to keep 500 of them, and those 500 were the oldest (physical order).
 *
 * Now, for the title and for the text, the function asks the planner how many of the
 * organization's articles the query matches (`EXPLAIN`, from the column's most-common-element
 * statistics, with the query's real value) and then:
 * - a query matching at least 15% of them walks the articles newest first
 *   (`articles_org_status_idx` backwards) and stops at `max_rows` matches, so it reads about
 *   seven rows a candidate at most, and a common word is ranked among its most recent articles;
 * - any other query reads the GIN index as before, which is cheap when matches are few.
 * The planner alone would walk for far rarer words: it does not count the cost of reading each
 * row's tsvector, which made a walk for a word in 13% of articles three times slower than the
 * bitmap. Editors' searches (drafts included) have no index in date order, so they keep the bitmap.
 *
 * EXPLAIN is not allowed in a STABLE function, so the function becomes VOLATILE; it still only reads.
 * Its signature, ids-only result, SECURITY DEFINER and grants are unchanged.
 */
export class ArticleSearchRecentCandidates1796700000000 implements MigrationInterface {
  name = 'ArticleSearchRecentCandidates1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION article_search_candidates(query tsquery, include_drafts boolean, max_rows integer)
      RETURNS SETOF uuid LANGUAGE plpgsql VOLATILE SECURITY DEFINER ROWS 2000
      SET search_path = pg_catalog, public, pg_temp
      AS $fn$
      DECLARE
        org uuid := app_current_organization_id();
        statuses text := CASE WHEN include_drafts THEN 'true' ELSE $s$a.status = 'published'$s$ END;
        vector text;
        plan json;
        articles_estimate float8;
        walk boolean;
        found uuid[] := '{}';
        batch uuid[];
      BEGIN
        IF org IS NULL OR numnode(query) = 0 OR querytree(query) = 'T' THEN
          RETURN;
        END IF;
        IF NOT include_drafts THEN
          EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.organization_id = $1 AND %s', statuses)
            USING org INTO plan;
          articles_estimate := greatest((plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8, 1);
        END IF;
        FOREACH vector IN ARRAY ARRAY[$v$to_tsvector('english', a.title)$v$, 'a.search_vector'] LOOP
          walk := false;
          IF NOT include_drafts THEN
            EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM articles a WHERE a.organization_id = $1 AND %s AND %s @@ $2', statuses, vector)
              USING org, query INTO plan;
            walk := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8 >= 0.15 * articles_estimate;
          END IF;
          IF walk THEN
            EXECUTE format(
              'SELECT array(SELECT a.id FROM articles a WHERE a.organization_id = $1 AND %s AND %s @@ $2 ORDER BY a.published_at DESC LIMIT $3)',
              statuses, vector)
              USING org, query, max_rows INTO batch;
          ELSE
            -- MATERIALIZED: planned as a whole (the GIN index, not a scan the LIMIT might stop early), read only as far as the LIMIT.
            EXECUTE format(
              'WITH m AS MATERIALIZED (SELECT a.id FROM articles a WHERE a.organization_id = $1 AND %s AND %s @@ $2) SELECT array(SELECT id FROM m LIMIT $3)',
              statuses, vector)
              USING org, query, max_rows INTO batch;
          END IF;
          found := found || batch;
        END LOOP;
        -- An article whose title and text both match is one candidate.
        RETURN QUERY SELECT DISTINCT unnest(found);
      END
      $fn$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION article_search_candidates(query tsquery, include_drafts boolean, max_rows integer)
      RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER ROWS 2000
      SET search_path = pg_catalog, public, pg_temp
      AS $$
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
  }
}
