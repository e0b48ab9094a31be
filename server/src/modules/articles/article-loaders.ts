import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../graphql/context';
import type { ArticleCategory } from './article-category.entity';
import { ArticleFeedbackService, type ArticleStatsRow } from './article-feedback.service';
import { ArticleReadService } from './article-read.service';
import type { Article } from './article.entity';

/** Most related articles an article lists. */
export const MAX_RELATED = 10;

/**
 * Per-request batch loaders of the knowledge base: whatever the length of a list, each kind of
 * related row is read in one statement. Each is bound to one organization, given on creation.
 */
export interface ArticleLoaders {
  category: DataLoader<string, ArticleCategory | null>;
  children: DataLoader<string, ArticleCategory[]>;
  /** Published articles only. */
  publishedIn: DataLoader<string, Article[]>;
  /** Published articles only, up to MAX_RELATED each. */
  related: DataLoader<string, Article[]>;
  /** Agents only (the resolver is guarded); counters and derived deflections. */
  stats: DataLoader<string, ArticleStatsRow | null>;
  /** The reader's own votes; empty for a visitor without a cookie. */
  myVote: DataLoader<string, boolean | null>;
}

const perRequest = new WeakMap<GraphQLContext, Map<string, ArticleLoaders>>();

/** The loaders of this request for one organization (made on first use). */
export function articleLoaders(ctx: GraphQLContext, organizationId: string, readerKey: string | null = null): ArticleLoaders {
  let byOrganization = perRequest.get(ctx);
  if (!byOrganization) {
    byOrganization = new Map();
    perRequest.set(ctx, byOrganization);
  }
  const key = `${organizationId}:${readerKey ?? ''}`;
  let loaders = byOrganization.get(key);
  if (!loaders) {
    loaders = createArticleLoaders(new ArticleReadService(ctx.db), new ArticleFeedbackService(ctx.db), organizationId, readerKey);
    byOrganization.set(key, loaders);
  }
  return loaders;
}

function createArticleLoaders(
  read: ArticleReadService,
  feedback: ArticleFeedbackService,
  organizationId: string,
  readerKey: string | null,
): ArticleLoaders {
  return {
    category: new DataLoader(async (ids) => {
      const found = await read.categoriesById(organizationId, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    children: new DataLoader(async (ids) => {
      const found = await read.childrenOf(organizationId, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    publishedIn: new DataLoader(async (ids) => {
      const found = await read.publishedIn(organizationId, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    related: new DataLoader(async (ids) => {
      const found = await read.related(organizationId, ids, MAX_RELATED);
      return ids.map((id) => found.get(id) ?? []);
    }),
    stats: new DataLoader(async (ids) => {
      const found = await feedback.stats(organizationId, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    myVote: new DataLoader(async (ids) => {
      if (!readerKey) return ids.map(() => null);
      const found = await feedback.votesOf(organizationId, readerKey, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
