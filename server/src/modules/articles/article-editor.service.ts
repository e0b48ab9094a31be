import { Not, QueryFailedError, type FindOptionsWhere } from 'typeorm';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors';
import { ArticleCategory } from './article-category.entity';
import { ArticleSlugRedirect } from './article-slug-redirect.entity';
import { Article, type ArticleStatus } from './article.entity';
import { ARTICLE_LIST_SELECT, type ArticleListItem } from './article-list';
import type { EditorScope } from '../../auth/article.policy';
import { checkSlug, checkText, slugify } from './article.rules';
import { isUuid } from '@actionconnect/shared';
import { renderMarkdown } from './markdown';

/** Limits of what an editor writes. */
export const ARTICLE_LIMITS = { title: 200, slug: 120, bodyMarkdown: 100_000 } as const;

/** An article as an editor creates it. */
export interface ArticleDraft {
  title: string;
  slug?: string | null;
  categoryId?: string | null;
  bodyMarkdown?: string | null;
}

/** Changes to an article: null or omitted leaves a field as it is, except `categoryId: null` (no category). */
export type ArticleChanges = { [K in keyof ArticleDraft]?: ArticleDraft[K] | null };

/** Filters of the agent app's article list. */
export interface ArticleListFilter {
  status?: ArticleStatus | null;
  categoryId?: string | null;
}

/** Writing articles in the agent app. Every call is scoped to the editor's organization; multi-row writes are one transaction. */
export class ArticleEditorService {
  constructor(private readonly tenant: TenantData) {}

  /** The organization's articles, drafts included, most recently changed first. */
  list(scope: EditorScope, filter: ArticleListFilter = {}): Promise<ArticleListItem[]> {
    const where: FindOptionsWhere<Article> = {};
    if (filter.status) where.status = filter.status;
    if (filter.categoryId) {
      if (!isUuid(filter.categoryId)) return Promise.resolve([]);
      where.categoryId = filter.categoryId;
    }
    return this.tenant.run(scope.organizationId, (tx) =>
      tx.find(Article, { select: ARTICLE_LIST_SELECT, where, order: { updatedAt: 'DESC', id: 'ASC' } }),
    );
  }

  /** One of the organization's articles, draft or not; anyone else's answers NOT_FOUND. */
  async get(scope: EditorScope, id: string): Promise<Article> {
    return this.tenant.run(scope.organizationId, (tx) => findArticle(tx, id));
  }

  /** A new draft. Without a slug, one is made from the title (and numbered if taken). */
  async create(scope: EditorScope, draft: ArticleDraft): Promise<Article> {
    const title = checkText(draft.title, 'title', 'title', ARTICLE_LIMITS.title);
    const bodyMarkdown = checkBody(draft.bodyMarkdown ?? '');
    const saved = this.tenant.run(scope.organizationId, async (tx) => {
      const categoryId = await checkCategory(tx, draft.categoryId ?? null);
      const slug = draft.slug?.trim()
        ? await assertSlugFree(tx, checkSlug(draft.slug, ARTICLE_LIMITS.slug), null)
        : await freeSlug(tx, slugify(title, ARTICLE_LIMITS.slug - 4));
      return tx.insert(Article, { title, slug, bodyMarkdown, categoryId, status: 'draft', authorAgentId: scope.agentId });
    });
    return slugTakenAsBadInput(saved);
  }

  /**
   * Changes an article. A new slug keeps the old one as a redirect so published links keep
   * working; taking back an old slug removes its redirect.
   */
  async update(scope: EditorScope, id: string, changes: ArticleChanges): Promise<Article> {
    const saved = this.tenant.run(scope.organizationId, async (tx) => {
      const article = await findArticle(tx, id, true);
      if (changes.title != null) article.title = checkText(changes.title, 'title', 'title', ARTICLE_LIMITS.title);
      if (changes.bodyMarkdown != null) article.bodyMarkdown = checkBody(changes.bodyMarkdown);
      if (changes.categoryId !== undefined) article.categoryId = await checkCategory(tx, changes.categoryId);
      if (changes.slug != null) {
        const slug = checkSlug(changes.slug, ARTICLE_LIMITS.slug);
        if (slug !== article.slug) {
          await assertSlugFree(tx, slug, article.id);
          await tx.delete(ArticleSlugRedirect, { slug });
          await tx.sql(
            `INSERT INTO article_slug_redirects (organization_id, slug, article_id) VALUES ($1, $2, $3)
             ON CONFLICT (organization_id, slug) DO UPDATE SET article_id = EXCLUDED.article_id`,
            [scope.organizationId, article.slug, article.id],
          );
          article.slug = slug;
        }
      }
      return tx.save(Article, article);
    });
    return slugTakenAsBadInput(saved);
  }

  /** Publishes: readers see it from now on. */
  async publish(scope: EditorScope, id: string): Promise<Article> {
    return this.setStatus(scope, id, 'published');
  }

  /** Back to draft: readers no longer see it, and its URL answers as a missing article. */
  async unpublish(scope: EditorScope, id: string): Promise<Article> {
    return this.setStatus(scope, id, 'draft');
  }

  /** Deletes an article with its votes, events and redirects. */
  async remove(scope: EditorScope, id: string): Promise<string> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const article = await findArticle(tx, id, true);
      await tx.delete(Article, { id: article.id });
      return article.id;
    });
  }

  /** The sanitized HTML the portal would show for this Markdown (the editor's preview). */
  preview(markdown: string): string {
    return renderMarkdown(checkBody(markdown));
  }

  private async setStatus(scope: EditorScope, id: string, status: ArticleStatus): Promise<Article> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const article = await findArticle(tx, id, true);
      if (article.status === status) return article;
      article.status = status;
      article.publishedAt = status === 'published' ? new Date() : null;
      return tx.save(Article, article);
    });
  }
}

async function findArticle(tx: TenantTx, id: string, lock = false): Promise<Article> {
  const article = isUuid(id) ? await tx.findOne(Article, { where: { id }, lock: lock ? { mode: 'pessimistic_write' } : undefined }) : null;
  if (!article) throw notFound('Article');
  return article;
}

/** Two editors taking one slug at once: the unique index decides, and the loser gets the same answer as a taken slug. */
async function slugTakenAsBadInput<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code === '23505') throw badInput('Another article already uses this slug.', 'slug');
    throw error;
  }
}

function checkBody(markdown: string): string {
  if (markdown.length > ARTICLE_LIMITS.bodyMarkdown)
    throw badInput(`An article has at most ${ARTICLE_LIMITS.bodyMarkdown} characters.`, 'bodyMarkdown');
  return markdown;
}

async function checkCategory(tx: TenantTx, categoryId: string | null): Promise<string | null> {
  if (!categoryId) return null;
  const found = isUuid(categoryId) && (await tx.exists(ArticleCategory, { id: categoryId }));
  if (!found) throw new DomainError(ErrorCode.NotFound, 'Category not found', { field: 'categoryId' });
  return categoryId;
}

async function assertSlugFree(tx: TenantTx, slug: string, articleId: string | null): Promise<string> {
  const where: FindOptionsWhere<Article> = { slug, ...(articleId ? { id: Not(articleId) } : {}) };
  if (await tx.exists(Article, where)) throw badInput('Another article already uses this slug.', 'slug');
  return slug;
}

/** `base`, or `base-2`, `base-3`… whichever is free first. */
async function freeSlug(tx: TenantTx, base: string): Promise<string> {
  const rows = await tx.sql<{ slug: string }>(`SELECT slug FROM articles WHERE organization_id = $1 AND (slug = $2 OR slug LIKE $3)`, [
    tx.organizationId,
    base,
    `${base}-%`,
  ]);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
