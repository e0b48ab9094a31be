import { LIVE_RETRY, retryDelay } from './live-link';

describe('reconnecting the live-update socket', () => {
  it('waits longer after each failed attempt, up to 30 s, with jitter', () => {
    const low = (attempt: number) => retryDelay(attempt, () => 0);
    const high = (attempt: number) => retryDelay(attempt, () => 1);
    expect([0, 1, 2, 3].map(high)).toEqual([1000, 2000, 4000, 8000]);
    expect(low(0)).toBe(500);
    expect(high(20)).toBe(LIVE_RETRY.maxMs);
    expect(low(20)).toBe(LIVE_RETRY.maxMs / 2);
  });
});
