import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A category's published articles by title, a page at a time (issue 11): the category page and the
 * knowledge-base home read `articles(first, after)` and `articleCount` from this index instead of
 * loading every article of every category they show.
 */
export class ArticleCategoryTitleIndex1796700100000 implements MigrationInterface {
  name = 'ArticleCategoryTitleIndex1796700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "articles_category_title_idx" ON "articles" ("organization_id", "category_id", "title", "id")
         WHERE "status" = 'published'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "articles_category_title_idx"');
  }
}
