import { htmlToText, renderMarkdown } from './markdown';

// What the renderer may emit: these tags, these attributes, and links and images only to
// http(s) (mailto for links) or relative addresses.
const ALLOWED: Record<string, string[]> = {
  ...Object.fromEntries(
    [
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'p',
      'br',
      'hr',
      'blockquote',
      'pre',
      'span',
      'strong',
      'em',
      'b',
      'i',
      'del',
      's',
      'sup',
      'sub',
      'kbd',
      'ul',
      'li',
      'table',
      'thead',
      'tbody',
      'tr',
    ].map((t) => [t, []]),
  ),
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  code: ['class'],
  th: ['align'],
  td: ['align'],
  ol: ['start'],
};

/** Every tag of the output with its attributes, read the way the sanitizer writes them. */
function tagsOf(html: string): { name: string; attributes: Record<string, string> }[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)].map(([, name, rest]) => ({
    name: name.toLowerCase(),
    attributes: Object.fromEntries([...rest.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k.toLowerCase(), v ?? ''])),
  }));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/g, '&');
}

function expectSafe(html: string): void {
  // Outside tags, "<" only ever appears escaped.
  expect(html.replace(/<\/?[a-zA-Z0-9]+[^>]*>/g, '')).not.toMatch(/</);
  for (const { name, attributes } of tagsOf(html)) {
    expect(Object.keys(ALLOWED)).toContain(name);
    for (const [attribute, raw] of Object.entries(attributes)) {
      expect(ALLOWED[name]).toContain(attribute);
      if (attribute === 'href' || attribute === 'src') {
        const value = decodeEntities(raw)
          .replace(/[\s\p{Cc}]/gu, '')
          .toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
        const allowed = attribute === 'href' ? ['http', 'https', 'mailto'] : ['http', 'https'];
        if (scheme) expect(allowed).toContain(scheme);
        expect(value.startsWith('//')).toBe(false);
      }
      if (attribute === 'class') expect(raw).toMatch(/^language-[a-z0-9+-]+$/);
    }
  }
}

// Classic payloads (OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet, known
// sanitizer bypasses), written as an author could in an article's Markdown.
const PAYLOADS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/xss.js></SCRIPT>',
  '<script/src="data:text/javascript,alert(1)"></script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)" />',
  '<IMG SRC="javascript:alert(1);">',
  '<img src=javascript:alert(1)>',
  '<img src="jav&#x09;ascript:alert(1);">',
  '<img src="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img src=//evil.example/x.png>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>Go</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<body onload=alert(1)>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<div style="background-image:url(javascript:alert(1))">x</div>',
  '<p style="color:red" onclick="alert(1)">x</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example">x</a>',
  '<a href="https://ok.example" target="_blank" onmouseover="alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](<javascript:alert(1)>)',
  '[click](data:text/html,<script>alert(1)</script>)',
  '![x](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '![x](https://ok.example/x.png "title\\" onerror=\\"alert(1)")',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<textarea><script>alert(1)</script></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<template><script>alert(1)</script></template>',
  '"><script>alert(1)</script>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<a href="https://ok.example/" title="x" style="x:expression(alert(1))">x</a>',
  '<code class="x onclick=alert(1)">x</code>',
  '<code class="language-js" onclick="alert(1)">x</code>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<isindex action=javascript:alert(1) type=image>',
  '<marquee onstart=alert(1)>x</marquee>',
  '```html\n<script>alert(1)</script>\n```',
  '`<img src=x onerror=alert(1)>`',
];

describe('article Markdown rendering', () => {
  it.each(PAYLOADS.map((p) => [p]))('neutralizes %s', (payload) => {
    const html = renderMarkdown(`Intro\n\n${payload}\n\nOutro`);
    expectSafe(html);
    // The markup alone (escaped text may well read "onerror=", harmlessly), attribute values decoded.
    const markup = (html.match(/<[^>]*>/g) ?? []).join(' ');
    const names = markup.replace(/="[^"]*"/g, '');
    expect(names.toLowerCase()).not.toMatch(
      /<\/?(script|iframe|object|embed|svg|math|style|form|base|meta|link|noscript|template)\b|\son[a-z]+\b|srcdoc|style/,
    );
    const values = [...markup.matchAll(/="([^"]*)"/g)].map(([, v]) => decodeEntities(v).replace(/\s/g, '').toLowerCase());
    for (const value of values) expect(value).not.toMatch(/^(javascript|vbscript|data):/);
  });

  it('keeps code that shows markup as text', () => {
    const html = renderMarkdown('```html\n<script>alert(1)</script>\n```');
    expect(html).toContain('<pre><code class="language-html">&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders headings, lists, code, tables, links and images', () => {
    const html = renderMarkdown(
      [
        '# Title',
        '## Steps',
        '1. First',
        '2. Second',
        '',
        '- a',
        '- b',
        '',
        'Use `npm start` or:',
        '',
        '```ts',
        'const x = 1 < 2;',
        '```',
        '',
        '| Plan | Price |',
        '| :--- | ----: |',
        '| Pro | 10 |',
        '',
        '[Docs](https://docs.example/guide "Guide") and [mail](mailto:help@example.test) and [relative](/knowledge-base/billing).',
        '',
        '![Diagram](https://cdn.example/diagram.png) ![Local](/branding/logo)',
        '',
        '> A quote with **bold**, _emphasis_ and ~~strike~~.',
      ].join('\n'),
    );
    expectSafe(html);
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<h2>Steps</h2>');
    expect(html).toMatch(/<ol>\s*<li>First<\/li>\s*<li>Second<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<ul>\s*<li>a<\/li>/);
    expect(html).toContain('<code>npm start</code>');
    expect(html).toContain('<pre><code class="language-ts">const x = 1 &lt; 2;');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th align="left">Plan<\/th>\s*<th align="right">Price<\/th>/);
    expect(html).toContain('<a href="https://docs.example/guide" title="Guide" rel="noopener noreferrer nofollow">Docs</a>');
    expect(html).toContain('<a href="mailto:help@example.test" rel="noopener noreferrer nofollow">mail</a>');
    expect(html).toContain('<a href="/knowledge-base/billing" rel="noopener noreferrer nofollow">relative</a>');
    expect(html).toContain('<img src="https://cdn.example/diagram.png" alt="Diagram" />');
    expect(html).toContain('<img src="/branding/logo" alt="Local" />');
    expect(html).toMatch(/<blockquote>\s*<p>A quote with <strong>bold<\/strong>, <em>emphasis<\/em> and <del>strike<\/del>/);
  });

  it('gives search the text of the article, blocks apart and markup gone', () => {
    const html = renderMarkdown('## Steps\n\n1. Remove the pin.\n2. Charge it & wait\n\nUse `a < b` \uE000here\uE001.');
    expect(htmlToText(html)).toBe('Steps Remove the pin. Charge it & wait Use a < b here.');
  });
});
