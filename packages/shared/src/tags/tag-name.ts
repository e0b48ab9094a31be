/** Longest tag name. */
export const MAX_TAG_LENGTH = 50;

/**
 * A tag as stored and compared: trimmed, inner spaces collapsed to one, lower case, so "VIP",
 * " vip " and "Vip" are one tag. Null when nothing is left or it is too long.
 */
export function normalizeTagName(raw: string): string | null {
  const name = raw.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  if (name === '' || name.length > MAX_TAG_LENGTH) return null;
  return name;
}
