import { slugify } from '@actionconnect/shared';
// Small rules of the agent app's knowledge-base screens, free of React so they can be tested.

/** Where the knowledge-base screens live in the agent app. */
export const KB_ROOT = '/knowledge-base';
/** How long the editor waits after a keystroke before asking for a new preview. */
export const PREVIEW_DEBOUNCE_MS = 400;

/** `/knowledge-base/articles/<id>`, or the new-article page. */
export function editorPath(id: string | null): string {
  return id ? `${KB_ROOT}/articles/${encodeURIComponent(id)}` : `${KB_ROOT}/articles/new`;
}

/** The slug the server makes from a title when none is given (shown as a hint while typing). */
export function slugFromTitle(title: string, maxLength = 116): string {
  return slugify(title, maxLength);
}

/** The article's address on the portal: `<portal>/knowledge-base/<category>/<slug>`. */
export function portalArticleUrl(portalKnowledgeBaseUrl: string, article: { slug: string; category?: { slug: string } | null }): string {
  return `${portalKnowledgeBaseUrl}/${encodeURIComponent(article.category?.slug ?? 'articles')}/${encodeURIComponent(article.slug)}`;
}

/** The ids with one moved up (-1) or down (+1); unchanged at the ends. */
export function moveInOrder(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** "80% of 10 found it helpful", or a dash with no votes. */
export function helpfulnessLabel(helpful: number, unhelpful: number): string {
  const total = helpful + unhelpful;
  if (total === 0) return '—';
  return `${Math.round((helpful / total) * 100)}% of ${total}`;
}

/** A category tree flattened for a select: top level first, subcategories indented under their parent. */
export function categoryOptions<C extends { id: string; name: string; parentId?: string | null }>(
  categories: readonly C[],
): { id: string; label: string; depth: 0 | 1 }[] {
  const top = categories.filter((c) => !c.parentId);
  return top.flatMap((parent) => [
    { id: parent.id, label: parent.name, depth: 0 as const },
    ...categories.filter((c) => c.parentId === parent.id).map((c) => ({ id: c.id, label: c.name, depth: 1 as const })),
  ]);
}
