// The knowledge base: categories, articles and what readers leave on them.
import { randomUUID } from 'node:crypto';
import type { DeepPartial } from 'typeorm';
import { ArticleCategory } from '../../src/modules/articles/article-category.entity';
import { ArticleSlugRedirect } from '../../src/modules/articles/article-slug-redirect.entity';
import { ArticleSuggestionOpen } from '../../src/modules/articles/article-suggestion-open.entity';
import { ArticleVote } from '../../src/modules/articles/article-vote.entity';
import { Article } from '../../src/modules/articles/article.entity';
import { managerOf, organizationIdOf, rowOrBuild, save, unique, type Writer } from './core';

/** Saves a top-level article category with a unique slug, creating an organization unless `organizationId` is given. */
export async function buildArticleCategory(m: Writer, overrides: DeepPartial<ArticleCategory> = {}): Promise<ArticleCategory> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  return save(em, ArticleCategory, { slug: `category-${id}`, name: `Category ${id}`, parentId: null, ...overrides, organizationId });
}

/**
 * Saves a published article with a unique slug and no category (the entity renders its body; the
 * database trigger indexes it), creating an organization unless `organizationId` is given.
 */
export async function buildArticle(m: Writer, overrides: DeepPartial<Article> = {}): Promise<Article> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  const status = overrides.status ?? 'published';
  return save(em, Article, {
    slug: `article-${id}`,
    title: `Article ${id}`,
    bodyMarkdown: `The answer to question ${id}.`,
    categoryId: null,
    publishedAt: status === 'published' ? new Date() : null,
    ...overrides,
    status,
    organizationId,
  });
}

/** Saves a helpful vote from a unique voter on an article (a new one unless `articleId` is given). It does not touch the article's counters. */
export async function buildArticleVote(m: Writer, overrides: DeepPartial<ArticleVote> = {}): Promise<ArticleVote> {
  const em = managerOf(m);
  const article = await rowOrBuild(em, Article, overrides.articleId, overrides.organizationId, buildArticle);
  return save(em, ArticleVote, {
    voterKey: `voter-${unique()}`,
    helpful: true,
    ...overrides,
    organizationId: article.organizationId,
    articleId: article.id,
  });
}

/** Saves a suggestion opened (not yet followed by a submission) in a new suggestion session, on an article (a new one unless `articleId` is given). */
export async function buildArticleSuggestionOpen(
  m: Writer,
  overrides: DeepPartial<ArticleSuggestionOpen> = {},
): Promise<ArticleSuggestionOpen> {
  const em = managerOf(m);
  const article = await rowOrBuild(em, Article, overrides.articleId, overrides.organizationId, buildArticle);
  return save(em, ArticleSuggestionOpen, {
    sessionId: randomUUID(),
    visitorKey: `visitor-${unique()}`,
    submittedAt: null,
    ...overrides,
    organizationId: article.organizationId,
    articleId: article.id,
  });
}

/** Saves a redirect from an old unique slug to an article (a new one unless `articleId` is given). */
export async function buildArticleSlugRedirect(m: Writer, overrides: DeepPartial<ArticleSlugRedirect> = {}): Promise<ArticleSlugRedirect> {
  const em = managerOf(m);
  const article = await rowOrBuild(em, Article, overrides.articleId, overrides.organizationId, buildArticle);
  return save(em, ArticleSlugRedirect, {
    slug: `old-${unique()}`,
    ...overrides,
    organizationId: article.organizationId,
    articleId: article.id,
  });
}
