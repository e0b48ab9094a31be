import { describe, expect, it } from '@jest/globals';
import { articlePath, breadcrumbs, categoryPath, newSessionId, searchPath, suggestionText } from './kb-articles.util';

describe('knowledge-base paths', () => {
  it('are readable and stable: category and article slugs', () => {
    expect(categoryPath('billing')).toBe('/knowledge-base/billing');
    expect(articlePath({ slug: 'requesting-a-refund', category: { slug: 'billing' } })).toBe('/knowledge-base/billing/requesting-a-refund');
    expect(articlePath({ slug: 'loose', category: null })).toBe('/knowledge-base/articles/loose');
  });

  it('put the search in the query string', () => {
    expect(searchPath('  refund & invoice ')).toBe('/knowledge-base?q=refund+%26+invoice');
    expect(searchPath('   ')).toBe('/knowledge-base');
  });

  it('lead back through the category and its parent', () => {
    expect(breadcrumbs({ slug: 'straps', name: 'Straps', parent: { slug: 'accessories', name: 'Accessories' } })).toEqual([
      { label: 'Knowledge base', to: '/knowledge-base' },
      { label: 'Accessories', to: '/knowledge-base/accessories' },
      { label: 'Straps', to: '/knowledge-base/straps' },
    ]);
    expect(breadcrumbs(null)).toEqual([{ label: 'Knowledge base', to: '/knowledge-base' }]);
  });
});

describe('suggestions while asking', () => {
  it('wait for a few letters of subject or description', () => {
    expect(suggestionText('', '')).toBeNull();
    expect(suggestionText(' a ', '!?')).toBeNull();
    expect(suggestionText('  My   skates ', ' won’t\nstart ')).toEqual({ subject: 'My skates', description: 'won’t start' });
  });

  it('name each form session with a random version 4 UUID', () => {
    const id = newSessionId((b) => b.fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newSessionId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newSessionId()).not.toBe(newSessionId());
  });
});
