import { startTestApp, type TestApp } from '../../../test/http';
import { codes, ok, visitor, type Caller } from '../../../test/graphql';
import { saveArticle, setVisibility } from '../../../test/articles';
import { signInAgent, signInContact } from '../../../test/sign-in';

// Seeded Acme (db/seed/demo-content.ts): "Requesting a refund", "Resetting your password",
// "Rocket Skates will not start", "Unboxing your Rocket Skates", a draft "Anvil delivery delays
// (draft)"…; Globex: "Building your first dashboard", a draft about pricing…

type Hit = { titleHtml: string; snippetHtml: string; match: string; article: { slug: string; title: string } };
const SEARCH = `query ($q: String!, $first: Int) { searchArticles(query: $q, first: $first) { titleHtml snippetHtml match article { slug title } } }`;
const SUGGEST = `query ($s: String!, $d: String) { articleSuggestions(subject: $s, description: $d) { match article { slug title } } }`;

describe('knowledge-base search', () => {
  let app: TestApp;
  let acme: Caller;
  const search = async (q: string, who: Caller = acme) => ok(await who.gql<{ searchArticles: Hit[] }>(SEARCH, { q })).searchArticles;
  const titles = async (q: string, who: Caller = acme) => (await search(q, who)).map((h) => h.article.title);

  beforeAll(async () => {
    app = await startTestApp();
    acme = visitor(app);
    await saveArticle(app.dataSource, 'acme', {
      title: 'Warranty claims',
      bodyMarkdown: 'How to send a claim for a broken product.',
    });
    await saveArticle(app.dataSource, 'acme', {
      title: 'Shipping times',
      bodyMarkdown:
        'Parcels arrive in three days. The warranty does not cover delays, and warranty claims about shipping are refused; warranty questions go to billing.',
    });
    await saveArticle(app.dataSource, 'acme', {
      title: 'Embedding the Acme widget',
      bodyMarkdown:
        'Paste this snippet into your page:\n\n```html\n<script src="https://widget.acme.test/w.js"></script>\n```\n\nThe widget loads after <b>consent</b> & shows a chat bubble.',
    });
  }, 60_000);

  afterAll(() => app?.close());

  it('ranks a title match above a body match, however often the body repeats the word', async () => {
    expect((await titles('warranty')).slice(0, 2)).toEqual(['Warranty claims', 'Shipping times']);
  });

  it('matches the word being typed as a prefix, so results come while typing', async () => {
    expect(await titles('refu')).toContain('Requesting a refund');
    expect(await titles('rocket ska')).toEqual(expect.arrayContaining(['Rocket Skates will not start', 'Unboxing your Rocket Skates']));
    expect((await titles('rocket skates wi'))[0]).toBe('Rocket Skates will not start');
  });

  it('understands web-search syntax: phrases and exclusions', async () => {
    expect(await titles('"rocket skates" -unboxing')).toEqual(['Rocket Skates will not start']);
  });

  it.each([
    ['pasword', 'Resetting your password'],
    ['refnud', 'Requesting a refund'],
    ['invoce', 'Downloading an invoice'],
    ['rocket skaets', 'Rocket Skates will not start'],
  ])('still finds the article with a one-letter typo: %s', async (typo, title) => {
    const hits = await search(typo);
    expect(hits.map((h) => h.article.title)).toContain(title);
    expect(hits.find((h) => h.article.title === title)?.match).toBe('SIMILAR_TITLE');
  });

  it('highlights matches in the title and the snippet, as escaped text with <mark> only', async () => {
    const [hit] = await search('widget');
    expect(hit.article.title).toBe('Embedding the Acme widget');
    expect(hit.titleHtml).toBe('Embedding the Acme <mark>widget</mark>');
    expect(hit.snippetHtml).toContain('<mark>widget</mark>');
    const markup = hit.snippetHtml.match(/<[^>]*>/g) ?? [];
    expect(new Set(markup)).toEqual(new Set(['<mark>', '</mark>']));
    expect(hit.snippetHtml).toContain('&amp;');
  });

  it('never returns drafts to readers, but does to agents', async () => {
    expect(await titles('anvil delivery')).toEqual([]);
    expect(await titles('anvil')).toEqual([]);
    const agent = await signInAgent(app, 'acme', 'agent@acme.test');
    const found = ok(
      await agent.gql<{ agentArticles: { title: string; status: string }[] }>(
        `{ agentArticles(filter: { search: "anvil" }) { title status } }`,
      ),
    );
    expect(found.agentArticles).toEqual([{ title: 'Anvil delivery delays (draft)', status: 'DRAFT' }]);
  });

  it("never returns another organization's articles, not even as similar titles", async () => {
    expect(await titles('dashboard')).toEqual([]);
    expect(await titles('dashbord')).toEqual([]);
    expect(await titles('Building your first dashboard')).toEqual([]);
    const globex = visitor(app, 'globex.localhost');
    expect(await titles('dashboard', globex)).toContain('Building your first dashboard');
    expect(await titles('refund', globex)).toEqual([]);
    const suggested = ok(await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, { s: 'dashboard scheduling reports', d: 'pricing' }));
    expect(suggested.articleSuggestions).toEqual([]);
  });

  it.each([
    ["'"],
    ['&'],
    ['|'],
    ['!'],
    [':*'],
    ['('],
    [')'],
    ['\\'],
    ['"'],
    ['<->'],
    ["refund'"],
    ['refund &'],
    ['refund | invoice'],
    ['!refund'],
    ['refund:*'],
    ['(refund'],
    ['refund\\'],
    ["'; DROP TABLE articles; --"],
    ["refund' OR '1'='1"],
    ['$1 $$ %s %%'],
    ['🚀 skates'],
    ['x'.repeat(5000)],
  ])('answers normally for %j', async (q) => {
    const res = await acme.gql<{ searchArticles: Hit[] }>(SEARCH, { q });
    expect(res.status).toBe(200);
    expect(res.errors).toEqual([]);
    expect(Array.isArray(res.data?.searchArticles)).toBe(true);
    if (/refund/.test(q) && !q.startsWith("'"))
      expect(res.data?.searchArticles.map((h) => h.article.title)).toContain('Requesting a refund');
  });

  it('refuses a NUL byte in the search as BAD_USER_INPUT naming the argument (issue 10.2)', async () => {
    const res = await acme.gql<{ searchArticles: Hit[] }>(SEARCH, { q: '\u0000refund' });
    expect(res.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors[0].extensions?.field).toBe('query');
  });

  it('suggests up to five articles for a request being written, the closest first', async () => {
    const hits = ok(
      await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, { s: 'My rocket skates do not start', d: 'I charged them all night' }),
    ).articleSuggestions;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    expect(hits[0].article.title).toBe('Rocket Skates will not start');
    const typing = ok(await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, { s: 'refu', d: '' })).articleSuggestions;
    expect(typing.map((h) => h.article.title)).toContain('Requesting a refund');
    const many = ok(
      await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, {
        s: 'account password refund invoice rocket skates magnet hole payment',
        d: '',
      }),
    );
    // Never more than five; each of them shares at least two of the subject's words.
    expect(many.articleSuggestions.length).toBeGreaterThan(1);
    expect(many.articleSuggestions.length).toBeLessThanOrEqual(5);
  });

  it('does not suggest an article for one common word of a longer subject, and puts the one matching more of it first', async () => {
    // "start" alone is in 'Rocket Skates will not start'; the printer is in no article.
    const printer = ok(
      await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, { s: 'My printer does not start', d: '' }),
    ).articleSuggestions;
    expect(printer.map((h) => h.article.title)).not.toContain('Rocket Skates will not start');
    const skates = ok(await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, { s: 'skates start', d: '' })).articleSuggestions;
    expect(skates[0]?.article.title).toBe('Rocket Skates will not start');
    // A one-word subject still suggests from that word, as typed so far.
    const one = ok(await acme.gql<{ articleSuggestions: Hit[] }>(SUGGEST, { s: 'skat', d: '' })).articleSuggestions;
    expect(one.map((h) => h.article.title)).toContain('Rocket Skates will not start');
  });

  it('is for signed-in contacts only when the organization says so', async () => {
    await setVisibility(app, 'acme', 'signed_in');
    try {
      const anonymous = await visitor(app).gql(SEARCH, { q: 'refund' });
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data).toBeNull();
      expect(codes(await visitor(app).gql(SUGGEST, { s: 'refund' }))).toEqual(['UNAUTHENTICATED']);
      const wile = await signInContact(app, 'acme', 'wile@coyote.test');
      expect(await titles('refund', wile)).toContain('Requesting a refund');
      // Globex stays public.
      expect(await titles('dashboard', visitor(app, 'globex.localhost'))).toContain('Building your first dashboard');
    } finally {
      await setVisibility(app, 'acme', 'public');
    }
  });

  it('answers nothing outside a portal', async () => {
    expect(codes(await visitor(app, 'localhost').gql(SEARCH, { q: 'refund' }))).toEqual(['NOT_FOUND']);
  });
});
