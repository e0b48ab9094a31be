import { describe, expect, it } from '@jest/globals';
import { isCompleteSignInCode, normalizeSignInCode } from './sign-in-code.util';

describe('sign-in codes', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 12 34 56 ', '123456'],
    ['1234567', '123456'],
    ['abc', ''],
  ])('read %p typed or pasted as %p', (typed, code) => {
    expect(normalizeSignInCode(typed, 6)).toBe(code);
  });

  it('are complete only with the expected number of digits', () => {
    expect(isCompleteSignInCode('123456', 6)).toBe(true);
    expect(isCompleteSignInCode('12345', 6)).toBe(false);
    expect(isCompleteSignInCode('', 6)).toBe(false);
  });
});
