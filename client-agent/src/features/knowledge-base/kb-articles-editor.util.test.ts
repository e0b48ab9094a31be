import { describe, expect, it } from '@jest/globals';
import { categoryOptions, editorPath, helpfulnessLabel, moveInOrder, portalArticleUrl, slugFromTitle } from './kb-editor.util';

describe('the knowledge-base editor', () => {
  it('shows the slug the server will make from the title', () => {
    expect(slugFromTitle('Requesting a refund!')).toBe('requesting-a-refund');
    expect(slugFromTitle('Crème brûlée')).toBe('creme-brulee');
    expect(slugFromTitle('???')).toBe('article');
  });

  it('links to the editor and to the article on the portal', () => {
    expect(editorPath(null)).toBe('/knowledge-base/articles/new');
    expect(editorPath('a1')).toBe('/knowledge-base/articles/a1');
    expect(portalArticleUrl('http://acme.localhost:4000/knowledge-base', { slug: 'refunds', category: { slug: 'billing' } })).toBe(
      'http://acme.localhost:4000/knowledge-base/billing/refunds',
    );
    expect(portalArticleUrl('https://help.acme.com/knowledge-base', { slug: 'loose', category: null })).toBe(
      'https://help.acme.com/knowledge-base/articles/loose',
    );
  });

  it('moves a category up or down among its siblings', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });

  it('summarizes votes', () => {
    expect(helpfulnessLabel(0, 0)).toBe('—');
    expect(helpfulnessLabel(8, 2)).toBe('80% of 10');
  });

  it('lists categories with subcategories under their parent', () => {
    const options = categoryOptions([
      { id: 's', name: 'Straps', parentId: 't' },
      { id: 't', name: 'Accessories', parentId: null },
      { id: 'b', name: 'Billing', parentId: null },
    ]);
    expect(options).toEqual([
      { id: 't', label: 'Accessories', depth: 0 },
      { id: 's', label: 'Straps', depth: 1 },
      { id: 'b', label: 'Billing', depth: 0 },
    ]);
  });
});
