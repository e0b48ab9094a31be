import { describe, expect, it } from '@jest/globals';
import { awayText, localMoment, replyPromiseText } from './reply-promise.util';

const promise = { replyWithinMinutes: 240, businessHours: true, openNow: true, opensAt: null };

describe('the portal reply promise', () => {
  it('says the usual reply time in business hours, rounded up', () => {
    expect(replyPromiseText(promise)).toBe('We usually reply within 4 business hours.');
    expect(replyPromiseText({ ...promise, replyWithinMinutes: 61 })).toBe('We usually reply within 2 business hours.');
    expect(replyPromiseText({ ...promise, replyWithinMinutes: 45, businessHours: false })).toBe('We usually reply within 45 minutes.');
    expect(replyPromiseText({ ...promise, replyWithinMinutes: null })).toBeNull();
  });

  it('says when the team is back, in the reader’s time zone', () => {
    const now = new Date('2026-01-17T12:00:00Z'); // a Saturday
    const closed = { ...promise, openNow: false, opensAt: '2026-01-19T17:00:00Z' }; // Monday 09:00 in Los Angeles
    expect(awayText(closed, now, { timeZone: 'America/Los_Angeles' })).toBe(
      'The team is away right now and back Monday 09:00 (your time).',
    );
    expect(awayText(closed, now, { timeZone: 'Europe/Berlin' })).toBe('The team is away right now and back Monday 18:00 (your time).');
    expect(awayText(promise, now)).toBeNull();
  });

  it('names the date of a moment more than a few days away', () => {
    expect(localMoment('2026-03-12T09:00:00Z', new Date('2026-01-17T12:00:00Z'), { timeZone: 'UTC' })).toBe('12 March at 09:00');
  });
});
