import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { isUuid } from '@actionconnect/shared';
import { badInput } from '../../errors';
import { Role } from '../../auth/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import type { ArticleCategory } from './article-category.entity';
import type { ArticleStatsRow } from './article-feedback.service';
import { MAX_CATEGORY_PAGE, MAX_RELATED } from './article.loaders';
import { clampFirst } from '../../graphql/request-args';
import type { ArticleListItem } from './article-list';
import { publishedScopeOf, requireEditor, requireReader } from '../../auth/article.policy';
import { AgentArticleNode, ArticleCategoryNode, ArticleNode, ArticleStatsNode } from './article.types';
import { excerpt } from './search-text';
import { currentReaderKey } from './visitor-cookie';

/** What readers see around an article. Only published articles of the viewer's organization. */
@Resolver(() => ArticleNode)
export class ArticleFieldsResolver {
  @FieldResolver(() => String, { description: 'The body rendered from Markdown and sanitized on the server: safe to insert as HTML.' })
  async bodyHtml(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<string> {
    if (typeof article.bodyHtml === 'string') return article.bodyHtml;
    return (await ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).body.load({ id: article.id, part: 'html' })) ?? '';
  }

  @FieldResolver(() => String, { description: 'The start of the body as plain text.' })
  async excerpt(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<string> {
    if (typeof article.bodyText === 'string') return excerpt(article.bodyText);
    return excerpt((await ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).body.load({ id: article.id, part: 'excerptSource' })) ?? '');
  }

  @FieldResolver(() => ArticleCategoryNode, { nullable: true })
  category(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<ArticleCategory | null> | null {
    return article.categoryId ? ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).category.load(article.categoryId) : null;
  }

  @FieldResolver(() => [ArticleNode], { description: 'Published articles of the same category first, then ones on similar subjects.' })
  async related(
    @Root() article: ArticleListItem,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<ArticleListItem[]> {
    const related = await ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).related.load(article.id);
    return related.slice(0, clampFirst(first, MAX_RELATED));
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "The reader's own vote: true helpful, false not, null not voted." })
  myVote(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<boolean | null> | null {
    if (ctx.host.kind !== 'portal') return null;
    const scope = requireReader(ctx);
    const key = currentReaderKey(ctx, scope);
    return key ? ctx.loaders.articleVotes(scope, key).load(article.id) : null;
  }
}

/** A category's place in the tree and its published articles. */
@Resolver(() => ArticleCategoryNode)
export class ArticleCategoryFieldsResolver {
  @FieldResolver(() => ArticleCategoryNode, { nullable: true })
  parent(@Root() category: ArticleCategory, @Ctx() ctx: GraphQLContext): Promise<ArticleCategory | null> | null {
    return category.parentId ? ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).category.load(category.parentId) : null;
  }

  @FieldResolver(() => [ArticleCategoryNode], { description: 'Subcategories in order (top-level categories only have any).' })
  children(@Root() category: ArticleCategory, @Ctx() ctx: GraphQLContext): Promise<ArticleCategory[]> {
    return ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).children.load(category.id);
  }

  @FieldResolver(() => [ArticleNode], {
    description: `A page of its published articles, by title: \`first\` (1–${MAX_CATEGORY_PAGE}), after the article \`after\` (the last one of the previous page).`,
  })
  articles(
    @Root() category: ArticleCategory,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: MAX_CATEGORY_PAGE }) first: number,
    @Arg('after', () => ID, { nullable: true }) after?: string | null,
  ): Promise<ArticleListItem[]> {
    if (after != null && !isUuid(after)) throw badInput('after is not an article id', 'after');
    return ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).publishedPage.load({
      categoryId: category.id,
      first: clampFirst(first, MAX_CATEGORY_PAGE),
      afterId: after ?? null,
    });
  }

  @FieldResolver(() => Int, { description: 'How many published articles it holds directly.' })
  articleCount(@Root() category: ArticleCategory, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.knowledgeBase(publishedScopeOf(ctx)).publishedCount.load(category.id);
  }
}

/** Agents only: an article's category, author and numbers. */
@Authorized(Role.Agent)
@Resolver(() => AgentArticleNode)
export class AgentArticleFieldsResolver {
  @FieldResolver(() => String)
  async bodyMarkdown(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<string> {
    if (typeof article.bodyMarkdown === 'string') return article.bodyMarkdown;
    return (await ctx.loaders.knowledgeBase(requireEditor(ctx)).draftBody.load({ id: article.id, part: 'markdown' })) ?? '';
  }

  @FieldResolver(() => String, { description: 'What readers see (sanitized HTML); also the preview of a draft.' })
  async bodyHtml(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<string> {
    if (typeof article.bodyHtml === 'string') return article.bodyHtml;
    return (await ctx.loaders.knowledgeBase(requireEditor(ctx)).draftBody.load({ id: article.id, part: 'html' })) ?? '';
  }

  @FieldResolver(() => ArticleCategoryNode, { nullable: true })
  category(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<ArticleCategory | null> | null {
    return article.categoryId ? ctx.loaders.knowledgeBase(requireEditor(ctx)).category.load(article.categoryId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the agent who wrote it; null once they are removed.' })
  async authorName(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    requireEditor(ctx);
    return article.authorAgentId ? ((await ctx.loaders.agent.load(article.authorAgentId))?.name ?? null) : null;
  }

  @FieldResolver(() => ArticleStatsNode, { description: 'Views, votes, suggestion opens and deflections.' })
  async stats(@Root() article: ArticleListItem, @Ctx() ctx: GraphQLContext): Promise<ArticleStatsRow> {
    const stats = await ctx.loaders.knowledgeBase(requireEditor(ctx)).stats.load(article.id);
    return stats ?? { views: 0, helpfulVotes: 0, unhelpfulVotes: 0, suggestionOpens: 0, deflections: 0 };
  }
}
