import { Not, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors';
import { ArticleCategory } from './article-category.entity';
import { ArticleSlugRedirect } from './article-slug-redirect.entity';
import { Article, type ArticleStatus } from './article.entity';
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
  constructor(private readonly db: DataSource) {}

  /** The organization's articles, drafts included, most recently changed first. */
  list(scope: EditorScope, filter: ArticleListFilter = {}): Promise<Article[]> {
    const where: Record<string, unknown> = { organizationId: scope.organizationId };
    if (filter.status) where.status = filter.status;
    if (filter.categoryId) {
      if (!isUuid(filter.categoryId)) return Promise.resolve([]);
      where.categoryId = filter.categoryId;
    }
    return this.db.getRepository(Article).find({ where, order: { updatedAt: 'DESC', id: 'ASC' } });
  }

  /** One of the organization's articles, draft or not; anyone else's answers NOT_FOUND. */
  async get(scope: EditorScope, id: string): Promise<Article> {
    return findArticle(this.db.manager, scope, id);
  }

  /** A new draft. Without a slug, one is made from the title (and numbered if taken). */
  async create(scope: EditorScope, draft: ArticleDraft): Promise<Article> {
    const title = checkText(draft.title, 'title', 'title', ARTICLE_LIMITS.title);
    const bodyMarkdown = checkBody(draft.bodyMarkdown ?? '');
    const saved = this.db.transaction(async (m) => {
      const categoryId = await checkCategory(m, scope, draft.categoryId ?? null);
      const slug = draft.slug?.trim()
        ? await assertSlugFree(m, scope, checkSlug(draft.slug, ARTICLE_LIMITS.slug), null)
        : await freeSlug(m, scope, slugify(title, ARTICLE_LIMITS.slug - 4));
      const article = m.create(Article, {
        organizationId: scope.organizationId,
        title,
        slug,
        bodyMarkdown,
        categoryId,
        status: 'draft',
        authorAgentId: scope.agentId,
      });
      return m.save(article);
    });
    return slugTakenAsBadInput(saved);
  }

  /**
   * Changes an article. A new slug keeps the old one as a redirect so published links keep
   * working; taking back an old slug removes its redirect.
   */
  async update(scope: EditorScope, id: string, changes: ArticleChanges): Promise<Article> {
    const saved = this.db.transaction(async (m) => {
      const article = await findArticle(m, scope, id, true);
      if (changes.title != null) article.title = checkText(changes.title, 'title', 'title', ARTICLE_LIMITS.title);
      if (changes.bodyMarkdown != null) article.bodyMarkdown = checkBody(changes.bodyMarkdown);
      if (changes.categoryId !== undefined) article.categoryId = await checkCategory(m, scope, changes.categoryId);
      if (changes.slug != null) {
        const slug = checkSlug(changes.slug, ARTICLE_LIMITS.slug);
        if (slug !== article.slug) {
          await assertSlugFree(m, scope, slug, article.id);
          await m.delete(ArticleSlugRedirect, { organizationId: scope.organizationId, slug });
          await m
            .createQueryBuilder()
            .insert()
            .into(ArticleSlugRedirect)
            .values({ organizationId: scope.organizationId, slug: article.slug, articleId: article.id })
            .orUpdate(['article_id'], ['organization_id', 'slug'])
            .execute();
          article.slug = slug;
        }
      }
      return m.save(article);
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
    return this.db.transaction(async (m) => {
      const article = await findArticle(m, scope, id, true);
      await m.delete(Article, { id: article.id, organizationId: scope.organizationId });
      return article.id;
    });
  }

  /** The sanitized HTML the portal would show for this Markdown (the editor's preview). */
  preview(markdown: string): string {
    return renderMarkdown(checkBody(markdown));
  }

  private async setStatus(scope: EditorScope, id: string, status: ArticleStatus): Promise<Article> {
    return this.db.transaction(async (m) => {
      const article = await findArticle(m, scope, id, true);
      if (article.status === status) return article;
      article.status = status;
      article.publishedAt = status === 'published' ? new Date() : null;
      return m.save(article);
    });
  }
}

async function findArticle(m: EntityManager, scope: EditorScope, id: string, lock = false): Promise<Article> {
  const article = isUuid(id)
    ? await m
        .getRepository(Article)
        .findOne({ where: { organizationId: scope.organizationId, id }, lock: lock ? { mode: 'pessimistic_write' } : undefined })
    : null;
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

async function checkCategory(m: EntityManager, scope: EditorScope, categoryId: string | null): Promise<string | null> {
  if (!categoryId) return null;
  const found =
    isUuid(categoryId) && (await m.exists(ArticleCategory, { where: { organizationId: scope.organizationId, id: categoryId } }));
  if (!found) throw new DomainError(ErrorCode.NotFound, 'Category not found', { field: 'categoryId' });
  return categoryId;
}

async function assertSlugFree(m: EntityManager, scope: EditorScope, slug: string, articleId: string | null): Promise<string> {
  const where = { organizationId: scope.organizationId, slug, ...(articleId ? { id: Not(articleId) } : {}) };
  if (await m.exists(Article, { where })) throw badInput('Another article already uses this slug.', 'slug');
  return slug;
}

/** `base`, or `base-2`, `base-3`… whichever is free first. */
async function freeSlug(m: EntityManager, scope: EditorScope, base: string): Promise<string> {
  const rows: { slug: string }[] = await m.query(`SELECT slug FROM articles WHERE organization_id = $1 AND (slug = $2 OR slug LIKE $3)`, [
    scope.organizationId,
    base,
    `${base}-%`,
  ]);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
