import { buildArticle, buildArticleCategory, buildArticleSlugRedirect, buildOrganization, buildSession } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import type { Organization } from '../organizations/organization.entity';

// What search engines and link previews get in the first HTML answer of a portal URL (issue 16.3):
// content, title, description, canonical URL and Open Graph tags; 404 for what does not exist; the
// sitemap and robots.txt; and caching that never shares a signed-in contact's page.

let app: TestApp;
let acme: Organization;
let host: string;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  acme = await buildOrganization(app.dataSource, { branding: { displayName: 'Acme & <Co>' } });
  host = `${acme.slug}.localhost`;
});
afterAll(() => app?.close());

const get = (path: string, options: { cookie?: string; on?: string } = {}) =>
  app.request(path, { host: options.on ?? host, headers: options.cookie ? { cookie: options.cookie } : {} });

/** The attribute `content` of a meta tag, or the href of a link tag, as the page carries it. */
function tag(html: string, pattern: RegExp): string | null {
  return pattern.exec(html)?.[1] ?? null;
}

describe('knowledge-base pages rendered on the server', () => {
  it('answers an article with its content, title, description, canonical URL and Open Graph tags', async () => {
    const category = await buildArticleCategory(app.dataSource, { organizationId: acme.id, name: 'Billing', slug: 'billing' });
    const article = await buildArticle(app.dataSource, {
      organizationId: acme.id,
      categoryId: category.id,
      slug: 'refunds',
      title: 'Requesting a <refund>',
      bodyMarkdown: 'Refunds arrive **within five days** of approval.\n\nAsk us anything.',
    });
    const res = await get('/knowledge-base/billing/refunds');
    expect(res.status).toBe(200);
    const origin = `http://${host}:${app.port}`;
    expect(res.text).toContain('<title>Requesting a &lt;refund&gt; · Acme &amp; &lt;Co&gt; Support</title>');
    expect(tag(res.text, /<link rel="canonical" href="([^"]+)">/)).toBe(`${origin}/knowledge-base/billing/refunds`);
    expect(tag(res.text, /<meta property="og:type" content="([^"]+)">/)).toBe('article');
    expect(tag(res.text, /<meta property="og:title" content="([^"]+)">/)).toBe(
      'Requesting a &lt;refund&gt; · Acme &amp; &lt;Co&gt; Support',
    );
    expect(tag(res.text, /<meta name="description" content="([^"]+)">/)).toBe(
      'Refunds arrive within five days of approval. Ask us anything.',
    );
    expect(tag(res.text, /<meta property="article:modified_time" content="([^"]+)">/)).toBe(article.updatedAt.toISOString());
    // The content is in #root, before the app's script runs; the app's script is still there.
    expect(res.text).toMatch(
      /<div id="root"><main>.*<h1>Requesting a &lt;refund&gt;<\/h1><p>Refunds arrive <strong>within five days<\/strong>/s,
    );
    expect(res.text).toMatch(/<script type="module"[^>]* src="\/assets\/[^"]+\.js"/);
    expect(res.text).not.toContain('<title>Help center</title>');
    expect(res.text).not.toContain('noindex');
  });

  it('sends an old slug or another category segment to the article’s one URL with 301', async () => {
    const article = await buildArticle(app.dataSource, { organizationId: acme.id, slug: 'new-name', title: 'Renamed' });
    await buildArticleSlugRedirect(app.dataSource, { organizationId: acme.id, articleId: article.id, slug: 'old-name' });
    const old = await get('/knowledge-base/articles/old-name');
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe('/knowledge-base/articles/new-name');
    const otherSegment = await get('/knowledge-base/billing/new-name');
    expect(otherSegment.status).toBe(301);
    expect(otherSegment.headers.location).toBe('/knowledge-base/articles/new-name');
    expect((await get('/knowledge-base/articles/new-name')).status).toBe(200);
  });

  it('answers 404 with the not-found page for a draft, an unknown article, category or path', async () => {
    await buildArticle(app.dataSource, { organizationId: acme.id, slug: 'secret-draft', status: 'draft', title: 'Unreleased plan' });
    for (const path of [
      '/knowledge-base/articles/secret-draft',
      '/knowledge-base/articles/nope',
      '/knowledge-base/nope',
      '/nope',
      '/knowledge-base/a/b/c',
    ]) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.text).toContain("We couldn't find that page");
      expect(res.text).toContain('<meta name="robots" content="noindex, follow">');
      expect(res.text).not.toContain('Unreleased plan');
    }
  });

  it('keeps the app-only pages (requests, sign-in) out of indexes, with no content', async () => {
    for (const path of ['/requests', '/requests/new', '/requests/new/billing', '/requests/42', '/signin']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.text).toContain('<meta name="robots" content="noindex, follow">');
      expect(res.text).toContain('<div id="root"></div>');
    }
  });

  it('renders a category with its articles and the search page with its results (not indexed)', async () => {
    const category = await buildArticleCategory(app.dataSource, {
      organizationId: acme.id,
      name: 'Shipping',
      slug: 'shipping',
      description: 'Parcels.',
    });
    await buildArticle(app.dataSource, { organizationId: acme.id, categoryId: category.id, slug: 'tracking', title: 'Tracking a parcel' });
    const page = await get('/knowledge-base/shipping');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Shipping · Acme &amp; &lt;Co&gt; Support</title>');
    expect(page.text).toContain('<a href="/knowledge-base/shipping/tracking">Tracking a parcel</a>');
    expect(tag(page.text, /<meta name="description" content="([^"]+)">/)).toBe('Parcels.');

    const search = await get('/knowledge-base?q=parcel');
    expect(search.status).toBe(200);
    expect(search.text).toContain('<title>Search: parcel · Acme &amp; &lt;Co&gt; Support</title>');
    expect(search.text).toContain('Search results for “parcel”');
    expect(search.text).toMatch(/<a href="\/knowledge-base\/shipping\/tracking">Tracking a <mark>parcel<\/mark><\/a>/);
    expect(search.text).toContain('<meta name="robots" content="noindex, follow">');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every published article of the organization, and nothing of drafts or other organizations', async () => {
    const other = await buildOrganization(app.dataSource);
    await buildArticle(app.dataSource, { organizationId: other.id, slug: 'elsewhere' });
    await buildArticle(app.dataSource, { organizationId: acme.id, slug: 'listed-draft', status: 'draft' });
    const listed = await buildArticle(app.dataSource, { organizationId: acme.id, slug: 'listed-one' });

    const index = await get('/sitemap.xml');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^application\/xml/);
    const origin = `http://${host}:${app.port}`;
    expect(index.text).toContain(`<sitemap><loc>${origin}/sitemap-1.xml</loc></sitemap>`);
    expect(index.text).not.toContain('sitemap-2.xml');

    const sitemap = await get('/sitemap-1.xml');
    expect(sitemap.status).toBe(200);
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(
      expect.arrayContaining([`${origin}/`, `${origin}/knowledge-base`, `${origin}/knowledge-base/articles/listed-one`]),
    );
    expect(sitemap.text).toContain(
      `<loc>${origin}/knowledge-base/articles/listed-one</loc><lastmod>${listed.updatedAt.toISOString()}</lastmod>`,
    );
    expect(locs.some((l) => l.includes('listed-draft') || l.includes('elsewhere'))).toBe(false);
    expect((await get('/sitemap-2.xml')).status).toBe(404);
    expect((await get('/sitemap-0.xml')).status).toBe(404);
  });

  it('robots.txt points to the sitemap, and a knowledge base for signed-in contacts asks not to be indexed', async () => {
    const robots = await get('/robots.txt');
    expect(robots.text).toContain('Disallow: /requests');
    expect(robots.text).toContain('Disallow: /satisfaction/');
    expect(robots.text).toContain(`Sitemap: http://${host}:${app.port}/sitemap.xml`);

    const closed = await buildOrganization(app.dataSource, { knowledgeBaseVisibility: 'signed_in' });
    await buildArticle(app.dataSource, { organizationId: closed.id, slug: 'members-only', title: 'Members only' });
    const on = `${closed.slug}.localhost`;
    expect((await get('/robots.txt', { on })).text).toBe('User-agent: *\nDisallow: /\n');
    expect((await get('/sitemap.xml', { on })).status).toBe(404);
    const article = await get('/knowledge-base/articles/members-only', { on });
    expect(article.text).not.toContain('Members only');
    expect(article.text).toContain('<meta name="robots" content="noindex, follow">');
  });
});

describe('caching', () => {
  it('lets a shared cache keep a public article for visitors only, never a signed-in contact’s page', async () => {
    await buildArticle(app.dataSource, { organizationId: acme.id, slug: 'cached' });
    const visitor = await get('/knowledge-base/articles/cached');
    expect(visitor.headers['cache-control']).toBe('public, no-cache');
    expect(visitor.headers.vary).toMatch(/\bCookie\b/);

    const session = await buildSession(app.dataSource, { organizationId: acme.id });
    const cookie = `ac_session=${session.secret}`;
    for (const path of ['/knowledge-base/articles/cached', '/requests', '/']) {
      expect({ path, cache: (await get(path, { cookie })).headers['cache-control'] }).toEqual({ path, cache: 'private, no-cache' });
    }
    expect((await get('/requests')).headers['cache-control']).toBe('private, no-cache');
  });
});
