import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { badInput } from '../../errors';
import type { ArticleCategory } from './article-category.entity';
import { isUuid } from '@actionconnect/shared';
import { MAX_LIST } from './article-read.service';
import type { SearchHit } from './article-search.service';
import { clampFirst, clientIp } from '../../graphql/request-args';
import type { Article } from './article.entity';
import type { ArticleListItem } from './article-list';
import { requireReader } from '../../auth/article.policy';
import { ContactReadable } from '../../auth/visibility';
import { ArticleCategoryNode, ArticleNode, ArticleSearchHitNode } from './article.types';
import { ensureReaderKey } from './visitor-cookie';

/** Most suggestions offered while a request is written. */
export const MAX_SUGGESTIONS = 5;

/**
 * The knowledge base on a portal: open to visitors, or to signed-in contacts only when the
 * organization says so (requireReader). Only published articles of the portal's organization.
 */
@ContactReadable()
@Resolver()
export class ArticleResolver {
  @Query(() => [ArticleCategoryNode], { description: 'Top-level categories in order; subcategories through `children`.' })
  articleCategories(@Ctx() ctx: GraphQLContext): Promise<ArticleCategory[]> {
    return ctx.services.articles.read.topCategories(requireReader(ctx).organizationId);
  }

  @Query(() => ArticleCategoryNode, { description: 'A category by slug; NOT_FOUND when there is none.' })
  articleCategory(@Ctx() ctx: GraphQLContext, @Arg('slug') slug: string): Promise<ArticleCategory> {
    return ctx.services.articles.read.categoryBySlug(requireReader(ctx).organizationId, slug);
  }

  @Query(() => ArticleNode, { description: 'A published article by its slug or a former slug; drafts answer NOT_FOUND like missing ones.' })
  article(@Ctx() ctx: GraphQLContext, @Arg('slug') slug: string): Promise<Article> {
    return ctx.services.articles.read.publishedBySlug(requireReader(ctx).organizationId, slug);
  }

  @Query(() => [ArticleNode], { description: 'The most read published articles.' })
  popularArticles(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 5 }) first: number): Promise<ArticleListItem[]> {
    return ctx.services.articles.read.popular(requireReader(ctx).organizationId, first);
  }

  @Query(() => [ArticleNode], { description: 'The most recently published articles.' })
  recentArticles(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 5 }) first: number): Promise<ArticleListItem[]> {
    return ctx.services.articles.read.recent(requireReader(ctx).organizationId, first);
  }

  @Query(() => [ArticleSearchHitNode], {
    description:
      'Searches published articles: every word must match (web-search syntax: "phrases", -exclusions, or), the last word as a prefix; titles similar to the query are added when few match.',
  })
  searchArticles(
    @Ctx() ctx: GraphQLContext,
    @Arg('query') query: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<SearchHit[]> {
    const { organizationId } = requireReader(ctx);
    return ctx.services.articles.search.search({ organizationId }, query, clampFirst(first, MAX_LIST));
  }

  @Query(() => [ArticleSearchHitNode], {
    description: `Up to ${MAX_SUGGESTIONS} published articles that may answer a request being written.`,
  })
  articleSuggestions(
    @Ctx() ctx: GraphQLContext,
    @Arg('subject') subject: string,
    @Arg('description', { defaultValue: '' }) description: string,
    @Arg('first', () => Int, { defaultValue: MAX_SUGGESTIONS }) first: number,
  ): Promise<SearchHit[]> {
    const { organizationId } = requireReader(ctx);
    return ctx.services.articles.search.suggest({ organizationId }, subject, description, clampFirst(first, MAX_SUGGESTIONS));
  }

  @Mutation(() => ArticleNode, {
    description: '"Was this helpful?": one vote per reader (contact, or visitor cookie); voting again changes the vote.',
  })
  async voteOnArticle(
    @Ctx() ctx: GraphQLContext,
    @Arg('articleId', () => ID) articleId: string,
    @Arg('helpful') helpful: boolean,
  ): Promise<Article> {
    const scope = requireReader(ctx);
    const { read, feedback } = ctx.services.articles;
    const article = await read.publishedById(scope.organizationId, articleId);
    await feedback.vote({
      organizationId: scope.organizationId,
      articleId: article.id,
      readerKey: ensureReaderKey(ctx, scope),
      helpful,
      ip: clientIp(ctx),
    });
    return read.publishedById(scope.organizationId, article.id);
  }

  @Mutation(() => Boolean, { description: 'Counts a view of a published article page. False when the view was not counted (rate limit).' })
  recordArticleView(@Ctx() ctx: GraphQLContext, @Arg('articleId', () => ID) articleId: string): Promise<boolean> {
    const scope = requireReader(ctx);
    return ctx.services.articles.feedback.recordView({ organizationId: scope.organizationId, articleId, ip: clientIp(ctx) });
  }

  @Mutation(() => Boolean, {
    description:
      'A suggested article was opened from the request form session `sessionId` (a UUID the form makes when shown). Counts as a view; becomes a deflection unless the session reports a submission within 30 minutes.',
  })
  recordSuggestionOpened(
    @Ctx() ctx: GraphQLContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('articleId', () => ID) articleId: string,
  ): Promise<boolean> {
    const scope = requireReader(ctx);
    const readerKey = ensureReaderKey(ctx, scope);
    return ctx.services.articles.feedback.suggestionOpened({
      organizationId: scope.organizationId,
      articleId,
      sessionId: sessionIdOf(sessionId),
      readerKey,
      ip: clientIp(ctx),
    });
  }

  @Mutation(() => Int, {
    description:
      'The request form of session `sessionId` was submitted: its opened suggestions are not deflections. Returns how many opens it covered.',
  })
  recordSuggestionSessionSubmitted(@Ctx() ctx: GraphQLContext, @Arg('sessionId', () => ID) sessionId: string): Promise<number> {
    const scope = requireReader(ctx);
    const readerKey = ensureReaderKey(ctx, scope);
    return ctx.services.articles.feedback.sessionSubmitted({
      organizationId: scope.organizationId,
      sessionId: sessionIdOf(sessionId),
      readerKey,
    });
  }
}

function sessionIdOf(raw: string): string {
  const id = raw.trim().toLowerCase();
  if (!isUuid(id)) throw badInput('sessionId must be a UUID.', 'sessionId');
  return id;
}
