import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from './markdown';
import { escapeHtml, excerpt, highlightedHtml, searchTerms, suggestionTerms } from './search-text';

describe('search terms', () => {
  it('matches the word being typed as a prefix, and the words before it in full', () => {
    expect(searchTerms('rocket ska')).toEqual({ web: 'rocket', prefix: 'ska:*', plain: 'rocket ska', exact: false });
    expect(searchTerms('Refu')).toEqual({ web: '', prefix: 'refu:*', plain: 'Refu', exact: false });
  });

  it('keeps web-search syntax working: phrases, exclusions, or', () => {
    expect(searchTerms('"portable hole"')).toEqual({ web: '"portable hole"', prefix: '', plain: 'portable hole', exact: true });
    expect(searchTerms('refund -invoice')).toMatchObject({ web: 'refund -invoice', prefix: '', exact: true });
    expect(searchTerms('e-mail')).toMatchObject({ exact: false });
    expect(searchTerms('refund or')).toMatchObject({ web: 'refund or', prefix: '' });
    expect(searchTerms('"unfinished quote')).toMatchObject({ web: '"unfinished quote', prefix: '' });
  });

  it.each([
    ["it's", { web: 'it', prefix: 's:*' }],
    ['a & b', { web: 'a', prefix: 'b:*' }],
    ['a | b', { web: 'a', prefix: 'b:*' }],
    ['!refund', { web: '', prefix: 'refund:*' }],
    ['refund:*', { web: '', prefix: 'refund:*' }],
    ['(refund', { web: '', prefix: 'refund:*' }],
    ['refund\\', { web: '', prefix: 'refund:*' }],
    ["'; DROP TABLE articles; --", { web: '; DROP TABLE articles; --', prefix: '' }],
    ['a <-> b', { web: 'a -', prefix: 'b:*' }],
  ])('turns tsquery syntax in %j into plain separators', (input, expected) => {
    const terms = searchTerms(input);
    expect(terms).toMatchObject(expected);
    expect(`${terms.web} ${terms.prefix.replace(/:\*$/, '')}`).not.toMatch(/[&|!():*<>\\']/);
    expect(terms.prefix).toMatch(/^([\p{L}\p{N}]+:\*)?$/u);
  });

  it('drops control characters and highlight markers, and cuts long input', () => {
    expect(searchTerms(`re\u0000fund${S}x${E}`).plain).toBe('re fund x');
    expect(searchTerms('x'.repeat(5000)).plain.length).toBe(200);
  });

  it('suggests from any distinct word of a request, the last one as a prefix', () => {
    const terms = suggestionTerms('Rocket skates', 'They will not start or charge, the skates are new. Refu');
    expect(terms.web).toBe('rocket or skates or they or will or not or start or charge or the or are or new or refu');
    expect(terms.prefix).toBe('refu:*');
    expect(terms.plain).toBe('Rocket skates');
    expect(suggestionTerms('', '').web).toBe('');
  });
});

describe('search snippets as HTML', () => {
  it('escapes the text and marks only what search highlighted', () => {
    expect(highlightedHtml(`Use ${S}refunds${E} when <b>x</b> & "y"`)).toBe(
      'Use <mark>refunds</mark> when &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;',
    );
  });

  it('never lets article text become markup, whatever it contains', () => {
    const html = highlightedHtml(`<script>alert(1)</script> ${S}<img src=x onerror=alert(1)>${E} </mark><mark>`);
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;img src=x onerror=alert(1)&gt;</mark> &lt;/mark&gt;&lt;mark&gt;');
  });

  it('keeps marks balanced when markers are not', () => {
    expect(highlightedHtml(`${E}a${S}b${S}c`)).toBe('a<mark>bc</mark>');
  });

  it('escapes titles without highlights', () => {
    expect(escapeHtml(`Tom & Jerry's <guide>`)).toBe('Tom &amp; Jerry&#39;s &lt;guide&gt;');
  });

  it('cuts excerpts at a word', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
  });
});

describe('a long search', () => {
  it('is searched with its first ten words only, so a pasted paragraph costs ten index lookups', () => {
    const paragraph = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const terms = searchTerms(paragraph);
    expect(terms.plain.split(' ')).toHaveLength(10);
    expect(terms.web.split(' ')).toHaveLength(9);
    expect(terms.prefix).toBe('word9:*');
  });
});
