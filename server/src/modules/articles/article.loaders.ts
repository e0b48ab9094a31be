import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { ArticleCategory } from './article-category.entity';
import type { ArticleStatsRow } from './article-feedback.service';
import type { ArticleListItem } from './article-list';
import type { BodyPart } from './article-read.service';
import type { ArticleServices } from './articles.module';

/** Most articles a page of a category lists. */
export const MAX_CATEGORY_PAGE = 100;

/** Most related articles an article lists. */
export const MAX_RELATED = 10;

/** Which part of which article's body. */
export interface BodyKey {
  id: string;
  part: BodyPart;
}

/** Which page of which category's articles. */
export interface CategoryPageKey {
  categoryId: string;
  first: number;
  afterId: string | null;
}

/** The knowledge-base loaders of one organization in one request. */
export interface KnowledgeBaseLoaders {
  category: DataLoader<string, ArticleCategory | null>;
  children: DataLoader<string, ArticleCategory[]>;
  /** A page of a category's published articles by title, without their bodies. */
  publishedPage: DataLoader<CategoryPageKey, ArticleListItem[], string>;
  /** How many published articles a category holds directly. */
  publishedCount: DataLoader<string, number>;
  /** Published articles only, up to MAX_RELATED each, without their bodies. */
  related: DataLoader<string, ArticleListItem[]>;
  /** A part of a published article's body, for lists that did not load it (null: not published). */
  body: DataLoader<BodyKey, string | null, string>;
  /** Agents of the organization only: a part of any article's body, drafts included. */
  draftBody: DataLoader<BodyKey, string | null, string>;
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

  // One statement per part asked for, whatever the number of articles.
  const bodyLoader = (organizationId: string, includeDrafts: boolean, guard: () => void) =>
    new DataLoader<BodyKey, string | null, string>(
      async (keys) => {
        guard();
        const found = new Map<string, string>();
        for (const part of new Set(keys.map((k) => k.part))) {
          const ids = keys.filter((k) => k.part === part).map((k) => k.id);
          for (const [id, value] of await read.bodies(organizationId, ids, part, includeDrafts)) found.set(`${part}:${id}`, value);
        }
        return keys.map((k) => found.get(`${k.part}:${k.id}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.part}:${k.id}` },
    );
  // Fails closed should a field resolver forget its guard.
  const agentOf = (organizationId: string) => () => {
    if (viewer.kind !== 'agent' || viewer.organizationId !== organizationId) throw forbidden();
  };

  const make = (organizationId: string): KnowledgeBaseLoaders => ({
    category: new DataLoader(async (ids) => inOrder(ids, await read.categoriesById(organizationId, ids), () => null)),
    children: new DataLoader(async (ids) => inOrder(ids, await read.childrenOf(organizationId, ids), () => [])),
    // One statement per distinct (first, after) asked for: in practice one per request.
    publishedPage: new DataLoader<CategoryPageKey, ArticleListItem[], string>(
      async (keys) => {
        const found = new Map<string, ArticleListItem[]>();
        const pageOf = (k: CategoryPageKey) => `${k.first}:${k.afterId ?? ''}`;
        for (const page of new Set(keys.map(pageOf))) {
          const group = keys.filter((k) => pageOf(k) === page);
          const { first, afterId } = group[0];
          const pages = await read.publishedPageIn(
            organizationId,
            group.map((k) => k.categoryId),
            first,
            afterId,
          );
          for (const [categoryId, articles] of pages) found.set(`${page}:${categoryId}`, articles);
        }
        return keys.map((k) => found.get(`${pageOf(k)}:${k.categoryId}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.first}:${k.afterId ?? ''}:${k.categoryId}` },
    ),
    publishedCount: new DataLoader(async (ids) => inOrder(ids, await read.publishedCounts(organizationId, ids), () => 0)),
    related: new DataLoader(async (ids) => inOrder(ids, await read.related(organizationId, ids, MAX_RELATED), () => [])),
    body: bodyLoader(organizationId, false, () => undefined),
    draftBody: bodyLoader(organizationId, true, agentOf(organizationId)),
    stats: new DataLoader(async (ids) => {
      agentOf(organizationId)();
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
