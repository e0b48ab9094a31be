import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge base: plain body text for search and snippets, typo-tolerant title search (pg_trgm),
 * one vote per visitor, suggestion opens for deflection counting, and old slugs that keep links working.
 */
export class KnowledgeBase1795603463899 implements MigrationInterface {
  name = 'KnowledgeBase1795603463899';

  async up(q: QueryRunner): Promise<void> {
    // Deflections are derived from article_suggestion_opens at read time (deflection.ts), not counted here.
    await q.query('ALTER TABLE "articles" DROP COLUMN "deflection_count"');
    await q.query(`ALTER TABLE "articles" ADD "body_text" text NOT NULL DEFAULT ''`);
    await q.query(
      'CREATE TABLE "article_slug_redirects" ("organization_id" uuid NOT NULL, "slug" character varying(120) NOT NULL, "article_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_663b8a422c5efb3498f521ee030" PRIMARY KEY ("organization_id", "slug"))',
    );
    await q.query('CREATE INDEX "article_slug_redirects_article_idx" ON "article_slug_redirects" ("article_id") ');
    await q.query(
      'CREATE TABLE "article_suggestion_opens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "article_id" uuid NOT NULL, "session_id" uuid NOT NULL, "visitor_key" character varying(80) NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5a579ac5550aaf98db732bc9d8c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "article_suggestion_opens_article_idx" ON "article_suggestion_opens" ("article_id", "opened_at") ');
    await q.query(
      'CREATE INDEX "article_suggestion_opens_visitor_session_idx" ON "article_suggestion_opens" ("organization_id", "visitor_key", "session_id") ',
    );
    await q.query(
      'CREATE UNIQUE INDEX "article_suggestion_opens_session_article_key" ON "article_suggestion_opens" ("session_id", "article_id", "visitor_key") ',
    );
    await q.query(
      'CREATE TABLE "article_votes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "article_id" uuid NOT NULL, "voter_key" character varying(80) NOT NULL, "helpful" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3133d632f07b4274383e04993ac" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "article_votes_org_idx" ON "article_votes" ("organization_id") ');
    await q.query('CREATE UNIQUE INDEX "article_votes_article_voter_key" ON "article_votes" ("article_id", "voter_key") ');
    await q.query(
      'ALTER TABLE "article_slug_redirects" ADD CONSTRAINT "FK_c90ab8787b2c8e5d2d0223f0e02" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_slug_redirects" ADD CONSTRAINT "FK_6c05a58c50dce6b76ab9ac8b385" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_suggestion_opens" ADD CONSTRAINT "FK_8d580e91fb6166481058719f3ff" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_suggestion_opens" ADD CONSTRAINT "FK_287e83fd18ec0973edbedc57e38" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_votes" ADD CONSTRAINT "FK_d3f4035310cbbfaa67bf7338e09" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "article_votes" ADD CONSTRAINT "FK_ee817aa1d180f90fbcaf654c165" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Hand-written: typo tolerance. PGlite loads pg_trgm because database.ts passes the extension.
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE INDEX "articles_title_trgm_idx" ON "articles" USING GIN ("title" gin_trgm_ops)');
    // The search vector now reads the rendered text rather than the Markdown source, so link
    // targets and Markdown syntax are not indexed and snippets come from the same text.
    await q.query(`
      CREATE OR REPLACE FUNCTION articles_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.body_text, '')), 'B');
        RETURN NEW;
      END
      $$`);
    await q.query('DROP TRIGGER articles_search_vector_trigger ON "articles"');
    await q.query(
      'CREATE TRIGGER articles_search_vector_trigger BEFORE INSERT OR UPDATE OF title, body_text ON "articles" FOR EACH ROW EXECUTE FUNCTION articles_search_vector_update()',
    );
    // Existing articles: an approximation of htmlToText() from the stored sanitized HTML (exact
    // on their next save). Updating body_text fires the trigger, which re-indexes them.
    await q.query(`
      UPDATE "articles" SET body_text = btrim(regexp_replace(
        replace(replace(replace(replace(replace(
          regexp_replace(body_html, '<[^>]*>', ' ', 'g'),
          '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
        '\\s+', ' ', 'g'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER articles_search_vector_trigger ON "articles"');
    await q.query(`
      CREATE OR REPLACE FUNCTION articles_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(NEW.body_markdown, '')), 'B');
        RETURN NEW;
      END
      $$`);
    await q.query(
      'CREATE TRIGGER articles_search_vector_trigger BEFORE INSERT OR UPDATE OF title, body_markdown ON "articles" FOR EACH ROW EXECUTE FUNCTION articles_search_vector_update()',
    );
    await q.query('UPDATE "articles" SET body_markdown = body_markdown');
    await q.query('DROP INDEX "articles_title_trgm_idx"');
    await q.query('ALTER TABLE "article_votes" DROP CONSTRAINT "FK_ee817aa1d180f90fbcaf654c165"');
    await q.query('ALTER TABLE "article_votes" DROP CONSTRAINT "FK_d3f4035310cbbfaa67bf7338e09"');
    await q.query('ALTER TABLE "article_suggestion_opens" DROP CONSTRAINT "FK_287e83fd18ec0973edbedc57e38"');
    await q.query('ALTER TABLE "article_suggestion_opens" DROP CONSTRAINT "FK_8d580e91fb6166481058719f3ff"');
    await q.query('ALTER TABLE "article_slug_redirects" DROP CONSTRAINT "FK_6c05a58c50dce6b76ab9ac8b385"');
    await q.query('ALTER TABLE "article_slug_redirects" DROP CONSTRAINT "FK_c90ab8787b2c8e5d2d0223f0e02"');
    await q.query('DROP INDEX "public"."article_votes_article_voter_key"');
    await q.query('DROP INDEX "public"."article_votes_org_idx"');
    await q.query('DROP TABLE "article_votes"');
    await q.query('DROP INDEX "public"."article_suggestion_opens_session_article_key"');
    await q.query('DROP INDEX "public"."article_suggestion_opens_visitor_session_idx"');
    await q.query('DROP INDEX "public"."article_suggestion_opens_article_idx"');
    await q.query('DROP TABLE "article_suggestion_opens"');
    await q.query('DROP INDEX "public"."article_slug_redirects_article_idx"');
    await q.query('DROP TABLE "article_slug_redirects"');
    await q.query('ALTER TABLE "articles" DROP COLUMN "body_text"');
    await q.query(`ALTER TABLE "articles" ADD "deflection_count" integer NOT NULL DEFAULT '0'`);
  }
}
