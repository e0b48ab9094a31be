import { newMatchChoices } from './tokens';

describe('newMatchChoices', () => {
  it('offers three different two-digit numbers, ascending, one of them the match number', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const { matchNumber, choices } = newMatchChoices();
      expect(choices).toHaveLength(3);
      expect(new Set(choices).size).toBe(3);
      expect([...choices].sort((a, b) => a - b)).toEqual(choices);
      expect(choices.every((n) => Number.isInteger(n) && n >= 10 && n <= 99)).toBe(true);
      expect(choices).toContain(matchNumber);
      seen.add(choices.indexOf(matchNumber));
    }
    // The match number is not always in the same place, so the order gives nothing away.
    expect(seen).toEqual(new Set([0, 1, 2]));
  });
});
