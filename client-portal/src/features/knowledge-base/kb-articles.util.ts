// Paths and small rules of the portal's knowledge base, kept free of React so they can be tested.
// The paths themselves live in @actionconnect/shared: the server renders and lists the same URLs.

import { KB_ROOT, categoryPath } from '@actionconnect/shared';

export { KB_ROOT, UNCATEGORIZED_SEGMENT, articlePath, categoryPath, searchPath } from '@actionconnect/shared';

/** Shortest request text worth asking suggestions for. */
export const MIN_SUGGESTION_TEXT = 3;
/** How long typing must pause before suggestions are asked for. */
export const SUGGESTION_DEBOUNCE_MS = 350;
/** How long the search page waits after a keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 250;

/** What of a request is worth suggesting from: subject and description, whitespace collapsed. */
export function suggestionText(subject: string, description: string): { subject: string; description: string } | null {
  const s = subject.replace(/\s+/g, ' ').trim();
  const d = description.replace(/\s+/g, ' ').trim();
  return `${s}${d}`.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_SUGGESTION_TEXT ? { subject: s, description: d } : null;
}

/**
 * A random (version 4) UUID naming one request form session. crypto.randomUUID() exists only in
 * secure contexts, and a custom domain may be served over plain HTTP, so this uses getRandomValues.
 */
export function newSessionId(randomBytes: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = randomBytes(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The crumbs above an article or category: the knowledge base, then its category's parent and category. */
export function breadcrumbs(
  category: { slug: string; name: string; parent?: { slug: string; name: string } | null } | null,
): { label: string; to: string }[] {
  const crumbs = [{ label: 'Knowledge base', to: KB_ROOT }];
  if (category?.parent) crumbs.push({ label: category.parent.name, to: categoryPath(category.parent.slug) });
  if (category) crumbs.push({ label: category.name, to: categoryPath(category.slug) });
  return crumbs;
}
