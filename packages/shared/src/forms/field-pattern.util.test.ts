import { compileFieldPattern, fieldPatternProblem } from './field-pattern.util';

describe('fieldPatternProblem', () => {
  it.each(['(a+)+', '(a*)*b', '(a|aa)+', '(.*a){2,}', '((ab)+c)+', '(?:x+y?)*', '(?<word>\\w+\\s?)+', '(a{1,5}){1,10}'])(
    'refuses %s, which can backtrack exponentially',
    (pattern) => {
      expect(fieldPatternProblem(pattern)).toMatch(/may not repeat a group/);
    },
  );

  it.each(['(a)\\1', '(?<x>a)\\k<x>'])('refuses the back-reference in %s', (pattern) => {
    expect(fieldPatternProblem(pattern)).toBe('may not use back-references');
  });

  it.each([
    '\\d+',
    '[A-Z]{2}-\\d{4}',
    '(\\d{3}-){2}\\d{4}',
    '(?:INV|ORD)-\\d+',
    '(ab)+',
    '[(a+)+]+', // parentheses inside a class are literal characters
    '\\(a+\\)+',
    '\\u{1F600}+',
    '(?=.*\\d)[a-z\\d]{8,}',
    'a+?b',
  ])('accepts %s', (pattern) => {
    expect(fieldPatternProblem(pattern)).toBeNull();
  });
});

describe('compileFieldPattern', () => {
  it('matches the whole answer, as the HTML pattern attribute does', () => {
    const pattern = compileFieldPattern('\\d{4}');
    expect(pattern.test('2024')).toBe(true);
    expect(pattern.test('x2024')).toBe(false);
    expect(pattern.test('20245')).toBe(false);
  });

  it('keeps alternatives inside the anchors', () => {
    const pattern = compileFieldPattern('INV|ORD');
    expect(pattern.test('ORD')).toBe(true);
    expect(pattern.test('ORDER')).toBe(false);
  });
});
