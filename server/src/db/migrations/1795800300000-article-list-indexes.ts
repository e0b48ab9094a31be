import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Article lists in their order (issue 11): the most viewed published articles of an organization
 * (popularArticles) and of a category (the same-category half of related articles), so neither
 * sorts every published article to return a handful.
 */
export class ArticleListIndexes1795800300000 implements MigrationInterface {
  name = 'ArticleListIndexes1795800300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "articles_popular_idx" ON "articles" ("organization_id", "view_count" DESC, "helpful_count" DESC, "published_at" DESC, "id")
         WHERE "status" = 'published'`,
    );
    await q.query(
      `CREATE INDEX "articles_category_views_idx" ON "articles" ("organization_id", "category_id", "view_count" DESC, "id")
         WHERE "status" = 'published'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "articles_category_views_idx"');
    await q.query('DROP INDEX "articles_popular_idx"');
  }
}
