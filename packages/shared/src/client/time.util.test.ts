import { describe, expect, it } from '@jest/globals';
import { formatDate, formatRelativeTime, parseInstant } from './time.util';

const now = new Date('2024-06-15T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('relative times in lists', () => {
  it('say "just now" for the last minute', () => {
    expect(formatRelativeTime(ago(20_000), now)).toBe('just now');
  });

  it('count minutes, then hours, then days', () => {
    expect(formatRelativeTime(ago(5 * 60_000), now)).toBe('5 min ago');
    expect(formatRelativeTime(ago(3 * 3600_000), now)).toBe('3 h ago');
    expect(formatRelativeTime(ago(26 * 3600_000), now)).toBe('yesterday');
    expect(formatRelativeTime(ago(4 * 86_400_000), now)).toBe('4 days ago');
  });

  it('give the date after a week, with the year only when it differs', () => {
    expect(formatRelativeTime(ago(30 * 86_400_000), now, 'en-GB')).toBe('16 May');
    expect(formatDate('2023-03-12T10:00:00Z', now, 'en-GB')).toBe('12 Mar 2023');
  });

  it('show nothing for a value that is not a date', () => {
    expect(parseInstant('not a date')).toBeNull();
    expect(formatRelativeTime(null, now)).toBe('');
  });
});
