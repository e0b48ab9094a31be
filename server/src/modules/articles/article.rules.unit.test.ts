import { DomainError } from '../../errors';
import { assertNesting, checkSlug, slugify } from './article.rules';

describe('knowledge-base rules', () => {
  it('makes readable slugs from titles', () => {
    expect(slugify('Requesting a refund!', 120)).toBe('requesting-a-refund');
    expect(slugify('Crème brûlée — FAQ', 120)).toBe('creme-brulee-faq');
    expect(slugify('***', 120)).toBe('article');
    expect(slugify('a'.repeat(10) + ' ' + 'b'.repeat(10), 12)).toBe('aaaaaaaaaa-b');
  });

  it('accepts only lower-case words joined by single hyphens as slugs', () => {
    expect(checkSlug(' Getting-Started ', 80)).toBe('getting-started');
    for (const bad of ['', 'a--b', '-a', 'a b', 'a/b', '../x', 'é']) expect(() => checkSlug(bad, 80)).toThrow(DomainError);
    expect(() => checkSlug('a'.repeat(81), 80)).toThrow(DomainError);
  });

  it('nests categories one level deep at most', () => {
    const top = { id: 't', parentId: null };
    const sub = { id: 's', parentId: 't' };
    expect(() => assertNesting({ categoryId: 'c', parent: top, hasChildren: false })).not.toThrow();
    expect(() => assertNesting({ categoryId: 'c', parent: null, hasChildren: true })).not.toThrow();
    expect(() => assertNesting({ categoryId: 'c', parent: sub, hasChildren: false })).toThrow(/one level/);
    expect(() => assertNesting({ categoryId: 'c', parent: top, hasChildren: true })).toThrow(/subcategories/);
    expect(() => assertNesting({ categoryId: 't', parent: top, hasChildren: false })).toThrow(/itself/);
  });
});
