import { slugify } from '@actionconnect/shared';
import { badInput } from '../../errors';

// The rules the knowledge base's content follows.

/** Lower-case words joined by hyphens: what slugs look like in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a title (one rule for server and editor, in packages/shared). */
export { slugify };

/** A slug given by an editor, checked: lower-case letters, digits and single hyphens. */
export function checkSlug(raw: string, maxLength: number, field = 'slug'): string {
  const slug = raw.trim().toLowerCase();
  if (!slug) throw badInput('Enter a slug.', field);
  if (slug.length > maxLength) throw badInput(`A slug has at most ${maxLength} characters.`, field);
  if (!SLUG_PATTERN.test(slug)) throw badInput('Use lower-case letters, digits and single hyphens, e.g. "getting-started".', field);
  return slug;
}

/** A required, trimmed text of bounded length. */
export function checkText(raw: string, field: string, label: string, maxLength: number, required = true): string {
  const text = raw.trim();
  if (required && !text) throw badInput(`Enter a ${label}.`, field);
  if (text.length > maxLength) throw badInput(`The ${label} has at most ${maxLength} characters.`, field);
  return text;
}

/**
 * One level of nesting at most: a category's parent must be a top-level category, and a category
 * that has subcategories cannot itself become one.
 */
export function assertNesting(args: {
  categoryId: string | null;
  parent: { id: string; parentId: string | null } | null;
  hasChildren: boolean;
}): void {
  const { categoryId, parent, hasChildren } = args;
  if (!parent) return;
  if (parent.id === categoryId) throw badInput('A category cannot be inside itself.', 'parentId');
  if (parent.parentId) throw badInput('Categories nest one level deep: choose a top-level category as the parent.', 'parentId');
  if (hasChildren) throw badInput('This category has subcategories, so it cannot become a subcategory itself.', 'parentId');
}
