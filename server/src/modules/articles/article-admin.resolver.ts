import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import type { ArticleCategory } from './article-category.entity';
import type { Article } from './article.entity';
import type { ArticleListItem } from './article-list';
import { requireEditor } from '../../auth/article.policy';
import { AgentArticleNode, ArticleCategoryNode, KnowledgeBaseSettingsNode, KnowledgeBaseVisibilityEnum } from './article.types';
import { CreateArticleCategoryInput, UpdateArticleCategoryInput } from './dto/article-category.input';
import { AgentArticleFilter, CreateArticleInput, UpdateArticleInput } from './dto/article.input';

/** Most articles an agent's search lists. */
const MAX_AGENT_SEARCH = 50;

/** Writing the knowledge base in the agent app: articles, drafts and categories for any agent; visibility for admins. */
@AgentOnly()
@Resolver()
export class ArticleAdminResolver {
  @Authorized(Role.Agent)
  @Query(() => [AgentArticleNode], {
    description: 'Every article of the workspace, drafts included: recently changed first, or by relevance when searching.',
  })
  async agentArticles(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AgentArticleFilter, { nullable: true }) filter: AgentArticleFilter | null,
  ): Promise<ArticleListItem[]> {
    const scope = requireEditor(ctx);
    const { editor, search } = ctx.services.articles;
    if (!filter?.search?.trim()) return editor.list(scope, { status: filter?.status ?? null, categoryId: filter?.categoryId ?? null });
    const hits = await search.search({ organizationId: scope.organizationId, includeDrafts: true }, filter.search, MAX_AGENT_SEARCH);
    return hits
      .map((h) => h.article)
      .filter((a) => (!filter.status || a.status === filter.status) && (!filter.categoryId || a.categoryId === filter.categoryId));
  }

  @Authorized(Role.Agent)
  @Query(() => AgentArticleNode, { description: 'One article of the workspace, draft or published.' })
  agentArticle(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Article> {
    return ctx.services.articles.editor.get(requireEditor(ctx), id);
  }

  @Authorized(Role.Agent)
  @Query(() => [ArticleCategoryNode], { description: 'Every category: each top-level one followed by its subcategories, in order.' })
  agentArticleCategories(@Ctx() ctx: GraphQLContext): Promise<ArticleCategory[]> {
    return ctx.services.articles.categories.list(requireEditor(ctx));
  }

  @Authorized(Role.Agent)
  @Query(() => String, { description: 'Markdown rendered and sanitized exactly as the portal will show it.' })
  articleMarkdownPreview(@Ctx() ctx: GraphQLContext, @Arg('markdown') markdown: string): string {
    requireEditor(ctx);
    return ctx.services.articles.editor.preview(markdown);
  }

  @Authorized(Role.Agent)
  @Query(() => KnowledgeBaseSettingsNode)
  async knowledgeBaseSettings(@Ctx() ctx: GraphQLContext): Promise<KnowledgeBaseSettingsNode> {
    const scope = requireEditor(ctx);
    return settings(ctx, (await ctx.services.articles.categories.visibility(scope)) as KnowledgeBaseVisibilityEnum);
  }

  @Authorized(Role.Admin)
  @Mutation(() => KnowledgeBaseSettingsNode, { description: 'Admins: make published articles public, or for signed-in contacts only.' })
  async setKnowledgeBaseVisibility(
    @Ctx() ctx: GraphQLContext,
    @Arg('visibility', () => KnowledgeBaseVisibilityEnum) visibility: KnowledgeBaseVisibilityEnum,
  ): Promise<KnowledgeBaseSettingsNode> {
    const scope = requireEditor(ctx);
    return settings(ctx, (await ctx.services.articles.categories.setVisibility(scope, visibility)) as KnowledgeBaseVisibilityEnum);
  }

  @Authorized(Role.Agent)
  @Mutation(() => AgentArticleNode, { description: 'A new draft article.' })
  createArticle(@Ctx() ctx: GraphQLContext, @Arg('input') input: CreateArticleInput): Promise<Article> {
    return ctx.services.articles.editor.create(requireEditor(ctx), input);
  }

  @Authorized(Role.Agent)
  @Mutation(() => AgentArticleNode)
  updateArticle(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateArticleInput): Promise<Article> {
    return ctx.services.articles.editor.update(requireEditor(ctx), id, input);
  }

  @Authorized(Role.Agent)
  @Mutation(() => AgentArticleNode, { description: 'Readers see it from now on.' })
  publishArticle(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Article> {
    return ctx.services.articles.editor.publish(requireEditor(ctx), id);
  }

  @Authorized(Role.Agent)
  @Mutation(() => AgentArticleNode, { description: 'Back to draft: readers no longer see it.' })
  unpublishArticle(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Article> {
    return ctx.services.articles.editor.unpublish(requireEditor(ctx), id);
  }

  @Authorized(Role.Agent)
  @Mutation(() => ID, { description: 'Deletes an article; returns its id.' })
  deleteArticle(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.articles.editor.remove(requireEditor(ctx), id);
  }

  @Authorized(Role.Agent)
  @Mutation(() => ArticleCategoryNode)
  createArticleCategory(@Ctx() ctx: GraphQLContext, @Arg('input') input: CreateArticleCategoryInput): Promise<ArticleCategory> {
    return ctx.services.articles.categories.create(requireEditor(ctx), input);
  }

  @Authorized(Role.Agent)
  @Mutation(() => ArticleCategoryNode)
  updateArticleCategory(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateArticleCategoryInput,
  ): Promise<ArticleCategory> {
    return ctx.services.articles.categories.update(requireEditor(ctx), id, input);
  }

  @Authorized(Role.Agent)
  @Mutation(() => [ArticleCategoryNode], {
    description: 'Orders one level: `orderedIds` lists every category under `parentId` (top level when null) once.',
  })
  reorderArticleCategories(
    @Ctx() ctx: GraphQLContext,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | null,
    @Arg('orderedIds', () => [ID]) orderedIds: string[],
  ): Promise<ArticleCategory[]> {
    return ctx.services.articles.categories.reorder(requireEditor(ctx), parentId, orderedIds);
  }

  @Authorized(Role.Agent)
  @Mutation(() => ID, { description: 'Deletes an empty category (CONFLICT while it holds articles or subcategories); returns its id.' })
  deleteArticleCategory(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.articles.categories.remove(requireEditor(ctx), id);
  }
}

async function settings(ctx: GraphQLContext, visibility: KnowledgeBaseVisibilityEnum): Promise<KnowledgeBaseSettingsNode> {
  const organization = ctx.organization;
  const portalUrl = organization ? `${await ctx.services.organizations.urls.portalOrigin(organization)}/knowledge-base` : '';
  return { visibility, portalUrl };
}
