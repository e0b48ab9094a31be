import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { ArticleCategory } from './article-category.entity';
import type { ArticleStatsRow } from './article-feedback.service';
import type { Article } from './article.entity';
import type { ArticleServices } from './articles.module';

/** Most related articles an article lists. */
export const MAX_RELATED = 10;

/** The knowledge-base loaders of one organization in one request. */
export interface KnowledgeBaseLoaders {
  category: DataLoader<string, ArticleCategory | null>;
  children: DataLoader<string, ArticleCategory[]>;
  /** Published articles only. */
  publishedIn: DataLoader<string, Article[]>;
  /** Published articles only, up to MAX_RELATED each. */
  related: DataLoader<string, Article[]>;
  /** Agents of the organization only; counters and derived deflections. */
  stats: DataLoader<string, ArticleStatsRow | null>;
}

/**
 * Per-request loaders of the knowledge base. Readers may be anonymous visitors of a portal, so the
 * organization is not the viewer's: it comes from a guard's scope (`requireReader`,
 * `requireEditor`, `publishedScopeOf`), and each organization gets its own loaders.
 */
export interface ArticleLoaders {
  /** The loaders of the organization in `scope` (made on first use). */
  knowledgeBase(scope: { organizationId: string }): KnowledgeBaseLoaders;
  /** The reader's own votes (true helpful, false not) on articles of the organization in `scope`. */
  articleVotes(scope: { organizationId: string }, readerKey: string): DataLoader<string, boolean | null>;
}

/** Creates the knowledge-base loaders of one request. */
export function createArticleLoaders(services: Pick<ArticleServices, 'read' | 'feedback'>, viewer: Viewer): ArticleLoaders {
  const { read, feedback } = services;
  const byOrganization = new Map<string, KnowledgeBaseLoaders>();
  const votes = new Map<string, DataLoader<string, boolean | null>>();
  const inOrder = <T>(keys: readonly string[], found: Map<string, T>, missing: () => T): T[] =>
    keys.map((key) => found.get(key) ?? missing());

  const make = (organizationId: string): KnowledgeBaseLoaders => ({
    category: new DataLoader(async (ids) => inOrder(ids, await read.categoriesById(organizationId, ids), () => null)),
    children: new DataLoader(async (ids) => inOrder(ids, await read.childrenOf(organizationId, ids), () => [])),
    publishedIn: new DataLoader(async (ids) => inOrder(ids, await read.publishedIn(organizationId, ids), () => [])),
    related: new DataLoader(async (ids) => inOrder(ids, await read.related(organizationId, ids, MAX_RELATED), () => [])),
    stats: new DataLoader(async (ids) => {
      // Fails closed should a field resolver forget its guard.
      if (viewer.kind !== 'agent' || viewer.organizationId !== organizationId) throw forbidden();
      return inOrder(ids, await feedback.stats(organizationId, ids), () => null);
    }),
  });

  return {
    knowledgeBase({ organizationId }) {
      let loaders = byOrganization.get(organizationId);
      if (!loaders) {
        loaders = make(organizationId);
        byOrganization.set(organizationId, loaders);
      }
      return loaders;
    },
    articleVotes({ organizationId }, readerKey) {
      const key = `${organizationId}:${readerKey}`;
      let loader = votes.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => inOrder(ids, await feedback.votesOf(organizationId, readerKey, ids), () => null));
        votes.set(key, loader);
      }
      return loader;
    },
  };
}
