import { In, IsNull } from 'typeorm';
import type { TenantData } from '../../db/tenant';
import { isUuid } from '@actionconnect/shared';
import { notFound } from '../../errors';
import { ArticleCategory } from './article-category.entity';
import { ArticleSlugRedirect } from './article-slug-redirect.entity';
import { Article } from './article.entity';
import { ARTICLE_LIST_SELECT, listItemsById, type ArticleListItem } from './article-list';

/** Most articles a list returns. */
export const MAX_LIST = 50;
/** Of the body text, what `excerpt` is cut from: enough for any excerpt, never a whole long article. */
export const EXCERPT_SOURCE_LENGTH = 2000;

/** A part of the body a field resolver may ask for. */
export type BodyPart = 'html' | 'markdown' | 'excerptSource';

// Fixed SQL per part: the part never comes from a caller's text.
const BODY_PART_SQL: Record<BodyPart, string> = {
  html: 'a.body_html',
  markdown: 'a.body_markdown',
  excerptSource: `left(a.body_text, ${EXCERPT_SOURCE_LENGTH})`,
};

/**
 * What readers of the portal see: published articles and the categories that hold them. Every
 * query filters on the organization, and every article query on `status = 'published'`.
 */
export class ArticleReadService {
  constructor(private readonly tenant: TenantData) {}

  /** Top-level categories in their set order. */
  topCategories(organizationId: string): Promise<ArticleCategory[]> {
    return this.tenant.run(organizationId, (tx) =>
      tx.find(ArticleCategory, { where: { parentId: IsNull() }, order: { position: 'ASC', name: 'ASC' } }),
    );
  }

  /** A category by its slug. */
  async categoryBySlug(organizationId: string, slug: string): Promise<ArticleCategory> {
    const category = await this.tenant.run(organizationId, (tx) => tx.findOneBy(ArticleCategory, { slug: slug.trim().toLowerCase() }));
    if (!category) throw notFound('Category');
    return category;
  }

  /**
   * A published article by its slug, or by a slug it had before (so old links keep working; the
   * portal then shows the current URL). Drafts answer exactly as missing articles.
   */
  async publishedBySlug(organizationId: string, rawSlug: string): Promise<Article> {
    const slug = rawSlug.trim().toLowerCase();
    const article = await this.tenant.run(organizationId, async (tx) => {
      const current = await tx.findOneBy(Article, { slug, status: 'published' });
      if (current) return current;
      const redirect = await tx.findOneBy(ArticleSlugRedirect, { slug });
      return redirect ? tx.findOneBy(Article, { id: redirect.articleId, status: 'published' }) : null;
    });
    if (!article) throw notFound('Article');
    return article;
  }

  /** A published article by id (votes and events name articles by id). */
  async publishedById(organizationId: string, id: string): Promise<Article> {
    const article = isUuid(id) ? await this.tenant.run(organizationId, (tx) => tx.findOneBy(Article, { id, status: 'published' })) : null;
    if (!article) throw notFound('Article');
    return article;
  }

  /** The most read published articles, the most found helpful first among equals. */
  popular(organizationId: string, limit: number): Promise<ArticleListItem[]> {
    return this.tenant.run(organizationId, (tx) =>
      tx.find(Article, {
        select: ARTICLE_LIST_SELECT,
        where: { status: 'published' },
        order: { viewCount: 'DESC', helpfulCount: 'DESC', publishedAt: 'DESC', id: 'ASC' },
        take: clamp(limit),
      }),
    );
  }

  /** The most recently published articles. */
  recent(organizationId: string, limit: number): Promise<ArticleListItem[]> {
    return this.tenant.run(organizationId, (tx) =>
      tx.find(Article, {
        select: ARTICLE_LIST_SELECT,
        where: { status: 'published' },
        order: { publishedAt: 'DESC', id: 'ASC' },
        take: clamp(limit),
      }),
    );
  }

  /** Every category, parents first then by position (the sitemap; organizations keep a few dozen). */
  allCategories(organizationId: string): Promise<ArticleCategory[]> {
    return this.tenant.run(organizationId, (tx) => tx.find(ArticleCategory, { order: { position: 'ASC', name: 'ASC' } }));
  }

  /** How many articles are published (an index-only count over articles_org_status_idx). */
  async publishedCount(organizationId: string): Promise<number> {
    const [row] = await this.tenant.run(organizationId, (tx) =>
      tx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE organization_id = $1 AND status = 'published'`, [
        organizationId,
      ]),
    );
    return row?.n ?? 0;
  }

  /** One page of published articles in publishing order, with what their URL needs: the sitemap's rows. */
  sitemapPage(organizationId: string, offset: number, limit: number): Promise<SitemapArticle[]> {
    return this.tenant.run(organizationId, (tx) =>
      tx.sql<SitemapArticle>(
        `SELECT a.slug, c.slug AS "categorySlug", a.updated_at AS "updatedAt"
         FROM articles a LEFT JOIN article_categories c ON c.id = a.category_id
         WHERE a.organization_id = $1 AND a.status = 'published'
         ORDER BY a.published_at, a.id OFFSET $2 LIMIT $3`,
        [organizationId, offset, limit],
      ),
    );
  }

  // Batch reads for the per-request loaders: one statement whatever the number of keys.

  /** Categories by id. */
  async categoriesById(organizationId: string, ids: readonly string[]): Promise<Map<string, ArticleCategory>> {
    const rows = await this.tenant.run(organizationId, (tx) => tx.find(ArticleCategory, { where: { id: In(ids.filter(isUuid)) } }));
    return new Map(rows.map((c) => [c.id, c]));
  }

  /** Subcategories of each parent, in order. */
  async childrenOf(organizationId: string, parentIds: readonly string[]): Promise<Map<string, ArticleCategory[]>> {
    const rows = await this.tenant.run(organizationId, (tx) =>
      tx.find(ArticleCategory, { where: { parentId: In([...parentIds]) }, order: { position: 'ASC', name: 'ASC' } }),
    );
    return groupBy(rows, (c) => c.parentId ?? '');
  }

  /**
   * One page of each category's published articles, by title then id, after the article `afterId`
   * (its title and id are the keyset): one statement for every category, each reading at most
   * `first` entries of articles_category_title_idx.
   */
  async publishedPageIn(
    organizationId: string,
    categoryIds: readonly string[],
    first: number,
    afterId: string | null,
  ): Promise<Map<string, ArticleListItem[]>> {
    return this.tenant.run(organizationId, async (tx) => {
      const rows = await tx.sql<{ category_id: string; id: string }>(
        `SELECT c.id AS category_id, a.id
         FROM unnest($2::uuid[]) AS c(id)
         CROSS JOIN LATERAL (
           SELECT x.id FROM articles x
           WHERE x.organization_id = $1 AND x.status = 'published' AND x.category_id = c.id
             AND ($4::uuid IS NULL OR (x.title, x.id) > (SELECT y.title, y.id FROM articles y WHERE y.organization_id = $1 AND y.id = $4))
           ORDER BY x.title, x.id
           LIMIT $3
         ) a`,
        [organizationId, categoryIds.filter(isUuid), first, afterId],
      );
      const byId = await listItemsById(
        tx,
        rows.map((r) => r.id),
      );
      const pages = new Map<string, ArticleListItem[]>();
      for (const row of rows) {
        const article = byId.get(row.id);
        if (article) pages.set(row.category_id, [...(pages.get(row.category_id) ?? []), article]);
      }
      return pages;
    });
  }

  /** How many published articles each category holds directly (counted on articles_category_title_idx). */
  async publishedCounts(organizationId: string, categoryIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.tenant.run(organizationId, (tx) =>
      tx.sql<{ category_id: string; n: number }>(
        `SELECT category_id, count(*)::int AS n FROM articles
         WHERE organization_id = $1 AND status = 'published' AND category_id = ANY($2::uuid[])
         GROUP BY category_id`,
        [organizationId, categoryIds.filter(isUuid)],
      ),
    );
    return new Map(rows.map((r) => [r.category_id, r.n]));
  }

  /**
   * Up to `limit` published articles related to each source article: same category first, then
   * those sharing words with its title, by rank, then by views. One statement for all sources.
   * Only a bounded candidate set is ranked: the category's most viewed articles (an index in that
   * order) and up to 200 title and text matches from the search indexes (article_search_candidates).
   */
  async related(organizationId: string, sourceIds: readonly string[], limit: number): Promise<Map<string, ArticleListItem[]>> {
    return this.tenant.run(organizationId, async (tx) => {
      const rows = await tx.sql<{ source_id: string; id: string }>(
        `SELECT s.id AS source_id, r.id
       FROM articles s
       CROSS JOIN LATERAL (
         SELECT websearch_to_tsquery('english', regexp_replace(btrim(regexp_replace(s.title, '[^[:alnum:]]+', ' ', 'g')), ' ', ' or ', 'g')) AS q
       ) w
       CROSS JOIN LATERAL (
         SELECT a.id
         FROM (
           SELECT c.id FROM article_search_candidates(w.q, false, $4) AS c(id)
           UNION
           (SELECT x.id FROM articles x
             WHERE x.organization_id = s.organization_id AND x.status = 'published' AND x.category_id = s.category_id
             ORDER BY x.view_count DESC, x.id LIMIT $3 + 1)
         ) candidates
         JOIN articles a ON a.id = candidates.id
         WHERE a.organization_id = s.organization_id AND a.status = 'published' AND a.id <> s.id
         ORDER BY (s.category_id IS NOT NULL AND a.category_id = s.category_id) DESC,
                  ts_rank(a.search_vector, w.q) DESC, a.view_count DESC, a.title, a.id
         LIMIT $3
       ) r
       WHERE s.organization_id = $1 AND s.id = ANY($2::uuid[])`,
        [organizationId, sourceIds.filter(isUuid), limit, RELATED_CANDIDATES],
      );
      const byId = await listItemsById(
        tx,
        rows.map((r) => r.id),
      );
      const result = new Map<string, ArticleListItem[]>();
      for (const row of rows) {
        const article = byId.get(row.id);
        if (article) result.set(row.source_id, [...(result.get(row.source_id) ?? []), article]);
      }
      return result;
    });
  }

  /**
   * One part of the body of each article, for field resolvers of lists (which load no body): one
   * statement whatever the number of ids. Published articles only unless an editor asks.
   */
  async bodies(organizationId: string, ids: readonly string[], part: BodyPart, includeDrafts = false): Promise<Map<string, string>> {
    const rows = await this.tenant.run(organizationId, (tx) =>
      tx.sql<{ id: string; value: string }>(
        `SELECT a.id, ${BODY_PART_SQL[part]} AS value FROM articles a
         WHERE a.organization_id = $1 AND a.id = ANY($2::uuid[]) AND ($3 OR a.status = 'published')`,
        [organizationId, ids.filter(isUuid), includeDrafts],
      ),
    );
    return new Map(rows.map((r) => [r.id, r.value]));
  }
}

/** What the sitemap lists of an article. */
export interface SitemapArticle {
  slug: string;
  categorySlug: string | null;
  updatedAt: Date;
}

/** Title and text matches ranked for related articles, at most, each. */
const RELATED_CANDIDATES = 200;

function clamp(limit: number): number {
  return Math.max(1, Math.min(MAX_LIST, Math.floor(limit) || 1));
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
