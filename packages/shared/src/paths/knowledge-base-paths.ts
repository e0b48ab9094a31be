// The knowledge base's URLs on a portal, shared by the portal's links and the server's rendered
// pages and sitemap, so both always name an article the same way.

/** Where the knowledge base lives on a portal. */
export const KB_ROOT = '/knowledge-base';
/** The category segment of an article that has no category. */
export const UNCATEGORIZED_SEGMENT = 'articles';

/** `/knowledge-base/billing`. */
export function categoryPath(slug: string): string {
  return `${KB_ROOT}/${encodeURIComponent(slug)}`;
}

/** `/knowledge-base/billing/requesting-a-refund`; the category segment is `articles` when it has none. */
export function articlePath(article: { slug: string; category?: { slug: string } | null }): string {
  return `${KB_ROOT}/${encodeURIComponent(article.category?.slug ?? UNCATEGORIZED_SEGMENT)}/${encodeURIComponent(article.slug)}`;
}

/** `/knowledge-base?q=refund`, or the knowledge-base home for an empty query. */
export function searchPath(query: string): string {
  const q = query.trim();
  return q ? `${KB_ROOT}?${new URLSearchParams({ q }).toString()}` : KB_ROOT;
}
