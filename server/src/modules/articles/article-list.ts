import { In, type FindOptionsSelect } from 'typeorm';
import type { TenantTx } from '../../db/tenant';
import { Article } from './article.entity';

/** The body in its three formats: what an article page shows, never what a list needs. */
export type ArticleBodyColumn = 'bodyMarkdown' | 'bodyHtml' | 'bodyText';

/**
 * An article as lists load it (categories, related, popular, recent, search results): every column
 * but the body. Field resolvers load the body only when a query asks for it (`bodyHtml`, `excerpt`).
 */
export type ArticleListItem = Omit<Article, ArticleBodyColumn | 'renderBody'> & Partial<Pick<Article, ArticleBodyColumn>>;

/** The columns lists select. */
export const ARTICLE_LIST_SELECT: FindOptionsSelect<Article> = {
  id: true,
  organizationId: true,
  categoryId: true,
  slug: true,
  title: true,
  status: true,
  authorAgentId: true,
  viewCount: true,
  helpfulCount: true,
  unhelpfulCount: true,
  createdAt: true,
  updatedAt: true,
  publishedAt: true,
};

/** Articles of the transaction's organization by id, without their bodies. */
export async function listItemsById(tx: TenantTx, ids: readonly string[]): Promise<Map<string, ArticleListItem>> {
  if (!ids.length) return new Map();
  const rows = await tx.find(Article, { select: ARTICLE_LIST_SELECT, where: { id: In([...ids]) } });
  return new Map(rows.map((a) => [a.id, a]));
}
