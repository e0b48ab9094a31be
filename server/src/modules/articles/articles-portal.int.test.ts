import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/http';
import { DEFLECTION_WINDOW_MS } from './article-feedback.service';
import { ArticleCategory } from './article-category.entity';
import { articleBySlug, saveArticle, setVisibility } from '../../../test/articles';
import { codes, ok, visitor, type Caller } from '../../../test/graphql';
import { signInAgent, signInContact } from '../../../test/sign-in';
import { statementCounter } from '../../../test/statements';

const HOME = `{
  articleCategories { slug name position parent { slug } children { slug } articleCount articles { slug title } }
  popularArticles(first: 3) { slug }
  recentArticles(first: 3) { slug publishedAt }
}`;
const ARTICLE = `query ($slug: String!) {
  article(slug: $slug) { id slug title bodyHtml excerpt updatedAt myVote category { slug name parent { slug } } related(first: 3) { slug category { slug } } }
}`;
const CATEGORY = `query ($slug: String!) { articleCategory(slug: $slug) { slug name description articleCount articles { slug title } } }`;
const VOTE = `mutation ($id: ID!, $helpful: Boolean!) { voteOnArticle(articleId: $id, helpful: $helpful) { id myVote } }`;
const VIEW = `mutation ($id: ID!) { recordArticleView(articleId: $id) }`;
const OPENED = `mutation ($session: ID!, $id: ID!) { recordSuggestionOpened(sessionId: $session, articleId: $id) }`;
const SUBMITTED = `mutation ($session: ID!) { recordSuggestionSessionSubmitted(sessionId: $session) }`;
const STATS = `query ($id: ID!) { agentArticle(id: $id) { stats { views helpfulVotes unhelpfulVotes suggestionOpens deflections } } }`;

type Stats = { views: number; helpfulVotes: number; unhelpfulVotes: number; suggestionOpens: number; deflections: number };

describe('the knowledge base on the portal', () => {
  let app: TestApp;
  let reader: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    reader = visitor(app);
  }, 60_000);

  afterAll(() => app?.close());

  const statsOf = async (articleId: string): Promise<Stats> => {
    const agent = await signInAgent(app, 'acme', 'agent@acme.test');
    return ok(await agent.gql<{ agentArticle: { stats: Stats } }>(STATS, { id: articleId })).agentArticle.stats;
  };

  it('lists categories in their order with their published articles, never drafts', async () => {
    const home = ok(
      await reader.gql<{
        articleCategories: { slug: string; position: number; articleCount: number; articles: { slug: string }[] }[];
        recentArticles: { slug: string }[];
        popularArticles: unknown[];
      }>(HOME),
    );
    expect(home.articleCategories.map((c) => c.slug)).toEqual(['getting-started', 'billing', 'troubleshooting']);
    const troubleshooting = home.articleCategories[2];
    expect(troubleshooting.articleCount).toBe(3);
    expect(troubleshooting.articles.map((a) => a.slug)).not.toContain('anvil-delivery-delays-draft');
    expect(home.recentArticles).toHaveLength(3);
    expect(home.popularArticles).toHaveLength(3);
  });

  it('reads a whole tree of categories, articles and related articles in a constant number of statements', async () => {
    const TREE = `{
      articleCategories { slug children { slug articles { slug } } articles { slug myVote category { slug } related(first: 2) { slug category { slug } } } }
      searchArticles(query: "rocket") { article { slug category { name } related { slug } } }
    }`;
    const measure = async () => {
      const counter = statementCounter(app.dataSource);
      try {
        ok(await reader.gql(TREE));
        // Only the statements that read the knowledge base: a background job's transaction (the
        // outbox worker's poll) may land in the window on a busy machine.
        return counter.statements.filter((sql) => /\barticle/i.test(sql)).length;
      } finally {
        counter.stop();
      }
    };
    const organizationId = (await articleBySlug(app.dataSource, 'acme', 'requesting-a-refund')).organizationId;
    const addCategoryWithArticles = async (i: number) => {
      const parent = await app.dataSource
        .getRepository(ArticleCategory)
        .save({ organizationId, slug: `extra-${i}`, name: `Extra ${i}`, position: 10 + i });
      await app.dataSource
        .getRepository(ArticleCategory)
        .save({ organizationId, slug: `extra-${i}-sub`, name: `Extra ${i} sub`, parentId: parent.id, position: 1 });
      for (const n of [1, 2])
        await saveArticle(app.dataSource, 'acme', { title: `Rocket extra ${i} ${n}`, bodyMarkdown: 'x', categorySlug: `extra-${i}` });
      await saveArticle(app.dataSource, 'acme', { title: `Rocket extra ${i} sub`, bodyMarkdown: 'x', categorySlug: `extra-${i}-sub` });
    };
    // The same shape at two sizes: one category with a subcategory and enough "rocket" hits that
    // search needs no typo fallback, then four times as many of each.
    await addCategoryWithArticles(1);
    const before = await measure();
    for (let i = 2; i <= 4; i++) await addCategoryWithArticles(i);
    try {
      expect(await measure()).toBe(before);
    } finally {
      await app.dataSource.query(`DELETE FROM articles WHERE title LIKE 'Rocket extra %'`);
      await app.dataSource.query(`DELETE FROM article_categories WHERE slug LIKE 'extra-%' AND parent_id IS NOT NULL`);
      await app.dataSource.query(`DELETE FROM article_categories WHERE slug LIKE 'extra-%'`);
    }
  });

  it('shows a category page by its slug', async () => {
    const { articleCategory } = ok(
      await reader.gql<{ articleCategory: { name: string; articles: { title: string }[] } }>(CATEGORY, { slug: 'billing' }),
    );
    expect(articleCategory.name).toBe('Billing and invoices');
    expect(articleCategory.articles.map((a) => a.title)).toEqual([
      'Changing your payment method',
      'Downloading an invoice',
      'Requesting a refund',
    ]);
    expect(codes(await reader.gql(CATEGORY, { slug: 'onboarding' }))).toEqual(['NOT_FOUND']);
  });

  it('pages through a category by title with first and after, and counts without listing', async () => {
    const PAGE = `query ($slug: String!, $first: Int, $after: ID) {
      articleCategory(slug: $slug) { articleCount articles(first: $first, after: $after) { id title } }
    }`;
    type Page = { articleCategory: { articleCount: number; articles: { id: string; title: string }[] } };
    for (const [i, title] of ['Paging b', 'Paging a', 'Paging a'].entries())
      await saveArticle(app.dataSource, 'acme', { title, slug: `paging-${i}`, bodyMarkdown: 'x', categorySlug: 'billing' });
    try {
      const all = ok(await reader.gql<Page>(PAGE, { slug: 'billing' })).articleCategory;
      expect(all.articleCount).toBe(6);
      expect(all.articles.map((a) => a.title)).toEqual([
        'Changing your payment method',
        'Downloading an invoice',
        'Paging a',
        'Paging a',
        'Paging b',
        'Requesting a refund',
      ]);
      // Pages of two, each after the last one shown: every article once, in order, equal titles split by id.
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 4; i++) {
        const page: Page['articleCategory'] = ok(await reader.gql<Page>(PAGE, { slug: 'billing', first: 2, after })).articleCategory;
        seen.push(...page.articles.map((a) => a.id));
        if (page.articles.length === 0) break;
        after = page.articles[page.articles.length - 1].id;
      }
      expect(seen).toEqual(all.articles.map((a) => a.id));
      expect(ok(await reader.gql<Page>(PAGE, { slug: 'billing', first: 1000 })).articleCategory.articles).toHaveLength(6);
      expect(codes(await reader.gql(PAGE, { slug: 'billing', after: 'not-an-id' }))).toEqual(['BAD_USER_INPUT']);
      // An id from elsewhere (another category's article, or none) starts nothing: an empty page, no error.
      expect(ok(await reader.gql<Page>(PAGE, { slug: 'billing', after: randomUUID() })).articleCategory.articles).toEqual([]);
    } finally {
      await app.dataSource.query(`DELETE FROM articles WHERE title LIKE 'Paging %'`);
    }
  });

  it('shows an article with sanitized HTML, its category and related articles of the same category first', async () => {
    const { article } = ok(
      await reader.gql<{
        article: { bodyHtml: string; excerpt: string; category: { slug: string }; related: { slug: string; category: { slug: string } }[] };
      }>(ARTICLE, {
        slug: 'requesting-a-refund',
      }),
    );
    expect(article.bodyHtml).toContain('<h2>Steps</h2>');
    expect(article.excerpt).toMatch(/^Refunds are possible within 30 days of delivery\./);
    expect(article.category.slug).toBe('billing');
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related.map((r) => r.slug)).not.toContain('requesting-a-refund');
    expect(article.related[0].category.slug).toBe('billing');
  });

  it('answers NOT_FOUND for drafts, unknown slugs and other organizations’ articles alike', async () => {
    for (const slug of ['anvil-delivery-delays-draft', 'no-such-article', 'building-your-first-dashboard']) {
      const res = await reader.gql(ARTICLE, { slug });
      expect(codes(res)).toEqual(['NOT_FOUND']);
      expect(res.errors[0].message).toBe('Article not found');
    }
  });

  it('keeps an article reachable at its former slug after a rename', async () => {
    const agent = await signInAgent(app, 'acme', 'agent@acme.test');
    const article = await saveArticle(app.dataSource, 'acme', { title: 'Old name', bodyMarkdown: 'Text.', categorySlug: 'billing' });
    ok(await agent.gql(`mutation ($id: ID!) { updateArticle(id: $id, input: { slug: "new-name" }) { slug } }`, { id: article.id }));
    const { article: found } = ok(await reader.gql<{ article: { slug: string } }>(ARTICLE, { slug: 'old-name' }));
    expect(found.slug).toBe('new-name');
  });

  describe('"was this helpful?"', () => {
    it('takes one vote per anonymous visitor, identified by a random HttpOnly cookie; voting again changes it', async () => {
      const article = await saveArticle(app.dataSource, 'acme', { title: 'Vote target one', bodyMarkdown: 'x' });
      const alice = visitor(app);
      const first = await alice.gql<{ voteOnArticle: { myVote: boolean } }>(VOTE, { id: article.id, helpful: true });
      expect(ok(first).voteOnArticle.myVote).toBe(true);
      const cookie = first.setCookies.find((c) => c.startsWith('ac_visitor='));
      expect(cookie).toMatch(/^ac_visitor=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/);

      ok(await alice.gql(VOTE, { id: article.id, helpful: true }));
      expect(await statsOf(article.id)).toMatchObject({ helpfulVotes: 1, unhelpfulVotes: 0 });
      const changed = await alice.gql<{ voteOnArticle: { myVote: boolean } }>(VOTE, { id: article.id, helpful: false });
      expect(ok(changed).voteOnArticle.myVote).toBe(false);
      expect(changed.setCookies).toEqual([]);
      expect(await statsOf(article.id)).toMatchObject({ helpfulVotes: 0, unhelpfulVotes: 1 });

      const bob = visitor(app);
      ok(await bob.gql(VOTE, { id: article.id, helpful: true }));
      expect(await statsOf(article.id)).toMatchObject({ helpfulVotes: 1, unhelpfulVotes: 1 });
      expect(ok(await alice.gql<{ article: { myVote: boolean } }>(ARTICLE, { slug: article.slug })).article.myVote).toBe(false);
      expect(
        ok(await visitor(app).gql<{ article: { myVote: boolean | null } }>(ARTICLE, { slug: article.slug })).article.myVote,
      ).toBeNull();
      const rows: { voter_key: string }[] = await app.dataSource.query('SELECT voter_key FROM article_votes WHERE article_id = $1', [
        article.id,
      ]);
      expect(rows).toHaveLength(2);
      // Only a hash of the cookie is stored.
      expect(rows.every((r) => /^visitor:[0-9a-f]{64}$/.test(r.voter_key))).toBe(true);
    });

    it('takes one vote per contact, whatever browser they vote from', async () => {
      const article = await saveArticle(app.dataSource, 'acme', { title: 'Vote target two', bodyMarkdown: 'x' });
      const onLaptop = await signInContact(app, 'acme', 'wile@coyote.test');
      const onPhone = await signInContact(app, 'acme', 'wile@coyote.test');
      const vote = await onLaptop.gql(VOTE, { id: article.id, helpful: true });
      expect(vote.setCookies).toEqual([]);
      ok(await onPhone.gql(VOTE, { id: article.id, helpful: true }));
      expect(await statsOf(article.id)).toMatchObject({ helpfulVotes: 1 });
      expect(ok(await onPhone.gql<{ article: { myVote: boolean } }>(ARTICLE, { slug: article.slug })).article.myVote).toBe(true);
    });

    it('refuses votes on drafts and on other organizations’ articles as on missing ones', async () => {
      const draft = await articleBySlug(app.dataSource, 'acme', 'anvil-delivery-delays-draft');
      const foreign = await articleBySlug(app.dataSource, 'globex', 'inviting-your-team');
      for (const id of [draft.id, foreign.id, randomUUID(), 'not-a-uuid']) {
        expect(codes(await reader.gql(VOTE, { id, helpful: true }))).toEqual(['NOT_FOUND']);
        expect(codes(await reader.gql(VIEW, { id }))).toEqual(['NOT_FOUND']);
      }
    });
  });

  it('counts page views of published articles', async () => {
    const article = await saveArticle(app.dataSource, 'acme', { title: 'Viewed article', bodyMarkdown: 'x' });
    for (let i = 0; i < 3; i++)
      expect(ok(await reader.gql<{ recordArticleView: boolean }>(VIEW, { id: article.id })).recordArticleView).toBe(true);
    expect((await statsOf(article.id)).views).toBe(3);
  });

  describe('deflections', () => {
    // Lets time pass for what was recorded so far.
    const backdate = (articleId: string, ms: number) =>
      app.dataSource.query(
        `UPDATE article_suggestion_opens SET opened_at = opened_at - make_interval(secs => $2), submitted_at = submitted_at - make_interval(secs => $2) WHERE article_id = $1`,
        [articleId, ms / 1000],
      );

    it('count a suggestion opened in a request form session that submitted nothing within the window', async () => {
      const article = await saveArticle(app.dataSource, 'acme', { title: 'Deflecting article', bodyMarkdown: 'x' });
      const left = await signInContact(app, 'acme', 'wile@coyote.test');
      const submitted = await signInContact(app, 'acme', 'road@runner.test');
      const leftSession = randomUUID();
      const submittedSession = randomUUID();
      ok(await left.gql(OPENED, { session: leftSession, id: article.id }));
      ok(await left.gql(OPENED, { session: leftSession, id: article.id })); // opening it again changes nothing
      ok(await submitted.gql(OPENED, { session: submittedSession, id: article.id }));
      expect(
        ok(await submitted.gql<{ recordSuggestionSessionSubmitted: number }>(SUBMITTED, { session: submittedSession }))
          .recordSuggestionSessionSubmitted,
      ).toBe(1);

      // Within the window nothing is settled yet.
      expect(await statsOf(article.id)).toMatchObject({ suggestionOpens: 2, deflections: 0, views: 2 });
      await backdate(article.id, DEFLECTION_WINDOW_MS + 60_000);
      expect(await statsOf(article.id)).toMatchObject({ suggestionOpens: 2, deflections: 1 });
    });

    it('count an anonymous visitor’s open too, and let only that visitor report their session submitted', async () => {
      const article = await saveArticle(app.dataSource, 'acme', { title: 'Deflecting article two', bodyMarkdown: 'x' });
      const someone = visitor(app);
      const session = randomUUID();
      ok(await someone.gql(OPENED, { session, id: article.id }));
      expect(
        ok(await visitor(app).gql<{ recordSuggestionSessionSubmitted: number }>(SUBMITTED, { session })).recordSuggestionSessionSubmitted,
      ).toBe(0);
      await backdate(article.id, DEFLECTION_WINDOW_MS + 60_000);
      expect(
        ok(await someone.gql<{ recordSuggestionSessionSubmitted: number }>(SUBMITTED, { session })).recordSuggestionSessionSubmitted,
      ).toBe(1);
      // Submitted, but only after the window: the reader had left; it still counts.
      expect(await statsOf(article.id)).toMatchObject({ suggestionOpens: 1, deflections: 1 });
    });

    it('refuse a session id that is not a UUID, and drafts', async () => {
      const draft = await articleBySlug(app.dataSource, 'acme', 'anvil-delivery-delays-draft');
      expect(codes(await reader.gql(OPENED, { session: 'abc', id: draft.id }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await reader.gql(OPENED, { session: randomUUID(), id: draft.id }))).toEqual(['NOT_FOUND']);
    });
  });

  it('is closed to visitors but open to contacts when the organization keeps its knowledge base to signed-in contacts', async () => {
    await setVisibility(app, 'acme', 'signed_in');
    try {
      const article = await articleBySlug(app.dataSource, 'acme', 'requesting-a-refund');
      for (const [query, variables] of [
        [HOME, {}],
        [ARTICLE, { slug: 'requesting-a-refund' }],
        [CATEGORY, { slug: 'billing' }],
        [VOTE, { id: article.id, helpful: true }],
        [VIEW, { id: article.id }],
        [OPENED, { session: randomUUID(), id: article.id }],
      ] as const) {
        const res = await visitor(app).gql(query, variables);
        expect(codes(res)[0]).toBe('UNAUTHENTICATED');
      }
      const wile = await signInContact(app, 'acme', 'wile@coyote.test');
      expect(ok(await wile.gql<{ article: { slug: string } }>(ARTICLE, { slug: 'requesting-a-refund' })).article.slug).toBe(
        'requesting-a-refund',
      );
      // A Globex contact's session means nothing on Acme's portal.
      const homer = await signInContact(app, 'globex', 'homer@springfield.test');
      const onAcme = visitor(app, 'acme.localhost', homer.cookies);
      expect(codes(await onAcme.gql(ARTICLE, { slug: 'requesting-a-refund' }))).toEqual(['UNAUTHENTICATED']);
      const portal = ok(await visitor(app).gql<{ portal: { knowledgeBasePublic: boolean } }>('{ portal { knowledgeBasePublic } }'));
      expect(portal.portal.knowledgeBasePublic).toBe(false);
    } finally {
      await setVisibility(app, 'acme', 'public');
    }
  });
});
