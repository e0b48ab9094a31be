import { describe, expect, it } from '@jest/globals';
import { satisfactionScore, scoreLabel } from './satisfaction-report.util';

describe('the satisfaction score', () => {
  it('is the share of good answers, rounded to a whole percentage', () => {
    expect(satisfactionScore({ good: 2, bad: 1 })).toBe(67);
    expect(satisfactionScore({ good: 0, bad: 3 })).toBe(0);
    expect(scoreLabel({ good: 5, bad: 0 })).toBe('100%');
  });

  it('is no score at all without answers, not 0%', () => {
    expect(satisfactionScore({ good: 0, bad: 0 })).toBeNull();
    expect(scoreLabel({ good: 0, bad: 0 })).toBe('—');
  });
});
