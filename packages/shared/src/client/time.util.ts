const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The instant a GraphQL DateTimeISO value names, or null when it is not a date. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * How long ago, as people say it in a list: "just now", "5 min ago", "3 h ago", "yesterday",
 * "4 days ago", then the date itself ("12 Mar", or "12 Mar 2023" in another year).
 */
export function formatRelativeTime(value: unknown, now: Date = new Date(), locale?: string): string {
  const date = parseInstant(value);
  if (!date) return '';
  const elapsed = now.getTime() - date.getTime();
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return formatDate(date, now, locale);
}

/** A calendar date, with the year only when it is not this year's: "12 Mar", "12 Mar 2023". */
export function formatDate(value: unknown, now: Date = new Date(), locale?: string): string {
  const date = parseInstant(value);
  if (!date) return '';
  const sameYear = date.getFullYear() === now.getFullYear();
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** Date and time in full, for tooltips and timelines: "12 Mar 2024, 14:05". */
export function formatDateTime(value: unknown, locale?: string): string {
  const date = parseInstant(value);
  if (!date) return '';
  return date.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
