import { describe, expect, it } from '@jest/globals';
import { groupSecret, normalizeTotp } from './two-step.util';

describe('two-step verification helpers', () => {
  it('groups a secret in fours for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('')).toBe('');
  });

  it('keeps only the six digits of a code', () => {
    expect(normalizeTotp('123 456')).toBe('123456');
    expect(normalizeTotp('12a3-4567')).toBe('123456');
  });
});
