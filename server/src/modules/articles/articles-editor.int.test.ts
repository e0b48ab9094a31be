import { startTestApp, type TestApp } from '../../../test/http';
import { articleBySlug } from '../../../test/articles';
import { codes, ok, visitor, type Caller } from '../../../test/graphql';
import { signInAgent, signInContact } from '../../../test/sign-in';

const FIELDS = 'id slug title bodyMarkdown bodyHtml status categoryId publishedAt authorName category { slug }';
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { status publishedAt } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishArticle(id: $id) { status publishedAt } }`;
const DELETE = `mutation ($id: ID!) { deleteArticle(id: $id) }`;
const GET = `query ($id: ID!) { agentArticle(id: $id) { ${FIELDS} } }`;
const PREVIEW = `query ($md: String!) { articleMarkdownPreview(markdown: $md) }`;
const PORTAL_ARTICLE = `query ($slug: String!) { article(slug: $slug) { title bodyHtml } }`;
const CREATE_CATEGORY = `mutation ($input: CreateArticleCategoryInput!) { createArticleCategory(input: $input) { id slug position parentId } }`;
const UPDATE_CATEGORY = `mutation ($id: ID!, $input: UpdateArticleCategoryInput!) { updateArticleCategory(id: $id, input: $input) { id parentId position } }`;
const REORDER = `mutation ($parentId: ID, $ids: [ID!]!) { reorderArticleCategories(parentId: $parentId, orderedIds: $ids) { slug position } }`;
const DELETE_CATEGORY = `mutation ($id: ID!) { deleteArticleCategory(id: $id) }`;
const CATEGORIES = `{ agentArticleCategories { id slug parentId position } }`;

type AgentArticle = {
  id: string;
  slug: string;
  title: string;
  bodyHtml: string;
  status: string;
  publishedAt: string | null;
  authorName: string | null;
  category: { slug: string } | null;
};

describe('writing the knowledge base in the agent app', () => {
  let app: TestApp;
  let agent: Caller;
  let admin: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    agent = await signInAgent(app, 'acme', 'agent@acme.test');
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
  }, 60_000);

  afterAll(() => app?.close());

  it('writes a draft, previews it, publishes it for readers and takes it back', async () => {
    const reader = visitor(app);
    const created = ok(
      await agent.gql<{ createArticle: AgentArticle }>(CREATE, {
        input: { title: 'Magnet safety', bodyMarkdown: '## Keep away\n\nPacemakers **too**.\n\n<script>alert(1)</script>' },
      }),
    ).createArticle;
    expect(created).toMatchObject({
      slug: 'magnet-safety',
      status: 'DRAFT',
      publishedAt: null,
      authorName: 'Arthur Agent',
      category: null,
    });
    expect(created.bodyHtml).toMatch(/^<h2>Keep away<\/h2>\n<p>Pacemakers <strong>too<\/strong>.<\/p>\s*$/);
    expect(codes(await reader.gql(PORTAL_ARTICLE, { slug: 'magnet-safety' }))).toEqual(['NOT_FOUND']);

    const preview = ok(
      await agent.gql<{ articleMarkdownPreview: string }>(PREVIEW, { md: '[x](javascript:alert(1)) <img src=x onerror=alert(1)>' }),
    );
    expect(preview.articleMarkdownPreview).toBe('<p><a rel="noopener noreferrer nofollow">x</a> <img src="x" /></p>\n');

    const published = ok(await agent.gql<{ publishArticle: AgentArticle }>(PUBLISH, { id: created.id })).publishArticle;
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).not.toBeNull();
    expect(ok(await reader.gql<{ article: { title: string } }>(PORTAL_ARTICLE, { slug: 'magnet-safety' })).article.title).toBe(
      'Magnet safety',
    );

    const edited = ok(
      await agent.gql<{ updateArticle: AgentArticle }>(UPDATE, {
        id: created.id,
        input: { title: 'Magnet safety rules', bodyMarkdown: 'Updated.' },
      }),
    );
    expect(edited.updateArticle).toMatchObject({ title: 'Magnet safety rules', slug: 'magnet-safety', bodyHtml: '<p>Updated.</p>\n' });
    expect(ok(await reader.gql<{ article: { bodyHtml: string } }>(PORTAL_ARTICLE, { slug: 'magnet-safety' })).article.bodyHtml).toBe(
      '<p>Updated.</p>\n',
    );

    expect(ok(await agent.gql<{ unpublishArticle: AgentArticle }>(UNPUBLISH, { id: created.id })).unpublishArticle).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
    });
    expect(codes(await reader.gql(PORTAL_ARTICLE, { slug: 'magnet-safety' }))).toEqual(['NOT_FOUND']);
    // The agent still sees the draft, rendered, to preview it.
    expect(ok(await agent.gql<{ agentArticle: AgentArticle }>(GET, { id: created.id })).agentArticle.bodyHtml).toBe('<p>Updated.</p>\n');

    expect(ok(await agent.gql<{ deleteArticle: string }>(DELETE, { id: created.id })).deleteArticle).toBe(created.id);
    expect(codes(await agent.gql(GET, { id: created.id }))).toEqual(['NOT_FOUND']);
  });

  it('makes slugs from titles, numbers repeats, and refuses a slug in use or malformed', async () => {
    const first = ok(await agent.gql<{ createArticle: AgentArticle }>(CREATE, { input: { title: 'Same title' } })).createArticle;
    const second = ok(await agent.gql<{ createArticle: AgentArticle }>(CREATE, { input: { title: 'Same title' } })).createArticle;
    expect([first.slug, second.slug]).toEqual(['same-title', 'same-title-2']);
    const taken = await agent.gql(UPDATE, { id: second.id, input: { slug: 'same-title' } });
    expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
    expect(taken.errors[0].extensions?.field).toBe('slug');
    expect(codes(await agent.gql(CREATE, { input: { title: 'x', slug: 'Not a slug!' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await agent.gql(CREATE, { input: { title: '   ' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('manages categories: ordered, one level of nesting, empty ones deletable', async () => {
    const top = ok(
      await agent.gql<{ createArticleCategory: { id: string; position: number } }>(CREATE_CATEGORY, { input: { name: 'Accessories' } }),
    ).createArticleCategory;
    expect(top.position).toBe(4);
    const sub = ok(
      await agent.gql<{ createArticleCategory: { id: string; slug: string; parentId: string } }>(CREATE_CATEGORY, {
        input: { name: 'Straps', parentId: top.id },
      }),
    ).createArticleCategory;
    expect(sub).toMatchObject({ slug: 'straps', parentId: top.id });

    const tooDeep = await agent.gql(CREATE_CATEGORY, { input: { name: 'Buckles', parentId: sub.id } });
    expect(codes(tooDeep)).toEqual(['BAD_USER_INPUT']);
    expect(tooDeep.errors[0].message).toMatch(/one level/);
    const billing = (
      await app.dataSource.query(
        `SELECT c.id FROM article_categories c JOIN organizations o ON o.id = c.organization_id WHERE o.slug = 'acme' AND c.slug = 'billing'`,
      )
    )[0].id;
    expect(codes(await agent.gql(UPDATE_CATEGORY, { id: top.id, input: { parentId: billing } }))).toEqual(['BAD_USER_INPUT']);

    const list = ok(
      await agent.gql<{ agentArticleCategories: { id: string; slug: string; parentId: string | null }[] }>(CATEGORIES),
    ).agentArticleCategories;
    const topIds = list.filter((c) => !c.parentId).map((c) => c.id);
    expect(list.map((c) => c.slug)).toEqual(['getting-started', 'billing', 'troubleshooting', 'accessories', 'straps']);
    const reordered = ok(
      await agent.gql<{ reorderArticleCategories: { slug: string; position: number }[] }>(REORDER, {
        parentId: null,
        ids: [...topIds].reverse(),
      }),
    );
    expect(reordered.reorderArticleCategories.map((c) => c.slug)).toEqual(['accessories', 'troubleshooting', 'billing', 'getting-started']);
    const portalOrder = ok(
      await visitor(app).gql<{ articleCategories: { slug: string; children: { slug: string }[] }[] }>(
        `{ articleCategories { slug children { slug } } }`,
      ),
    );
    expect(portalOrder.articleCategories.map((c) => c.slug)).toEqual(['accessories', 'troubleshooting', 'billing', 'getting-started']);
    expect(portalOrder.articleCategories[0].children).toEqual([{ slug: 'straps' }]);
    expect(codes(await agent.gql(REORDER, { parentId: null, ids: topIds.slice(1) }))).toEqual(['BAD_USER_INPUT']);
    ok(await agent.gql(REORDER, { parentId: null, ids: topIds }));

    expect(codes(await agent.gql(DELETE_CATEGORY, { id: top.id }))).toEqual(['CONFLICT']);
    expect(codes(await agent.gql(DELETE_CATEGORY, { id: billing }))).toEqual(['CONFLICT']);
    ok(await agent.gql(DELETE_CATEGORY, { id: sub.id }));
    ok(await agent.gql(DELETE_CATEGORY, { id: top.id }));
  });

  it('lets only admins change who may read the knowledge base', async () => {
    const SET = `mutation ($v: KnowledgeBaseVisibility!) { setKnowledgeBaseVisibility(visibility: $v) { visibility portalUrl } }`;
    expect(codes(await agent.gql(SET, { v: 'SIGNED_IN' }))).toEqual(['FORBIDDEN']);
    const set = ok(await admin.gql<{ setKnowledgeBaseVisibility: { visibility: string; portalUrl: string } }>(SET, { v: 'SIGNED_IN' }));
    expect(set.setKnowledgeBaseVisibility.visibility).toBe('SIGNED_IN');
    expect(set.setKnowledgeBaseVisibility.portalUrl).toMatch(/^http:\/\/acme\.localhost:\d+\/knowledge-base$/);
    expect(codes(await visitor(app).gql(`{ articleCategories { slug } }`))).toEqual(['UNAUTHENTICATED']);
    ok(await admin.gql(SET, { v: 'PUBLIC' }));
    expect(
      ok(await agent.gql<{ knowledgeBaseSettings: { visibility: string } }>(`{ knowledgeBaseSettings { visibility } }`))
        .knowledgeBaseSettings.visibility,
    ).toBe('PUBLIC');
  });

  it("answers NOT_FOUND for another organization's articles and categories, as for missing ones", async () => {
    const globexAgent = await signInAgent(app, 'globex', 'agent@globex.test');
    const acmeArticle = await articleBySlug(app.dataSource, 'acme', 'requesting-a-refund');
    const acmeCategory = (
      await app.dataSource.query(
        `SELECT c.id FROM article_categories c JOIN organizations o ON o.id = c.organization_id WHERE o.slug = 'acme' LIMIT 1`,
      )
    )[0].id;
    for (const [query, variables] of [
      [GET, { id: acmeArticle.id }],
      [UPDATE, { id: acmeArticle.id, input: { title: 'Hacked' } }],
      [PUBLISH, { id: acmeArticle.id }],
      [UNPUBLISH, { id: acmeArticle.id }],
      [DELETE, { id: acmeArticle.id }],
      [UPDATE_CATEGORY, { id: acmeCategory, input: { name: 'Hacked' } }],
      [DELETE_CATEGORY, { id: acmeCategory }],
      [CREATE, { input: { title: 'Into a foreign category', categoryId: acmeCategory } }],
    ] as const) {
      expect(codes(await globexAgent.gql(query, variables))).toEqual(['NOT_FOUND']);
    }
    expect((await articleBySlug(app.dataSource, 'acme', 'requesting-a-refund')).title).toBe('Requesting a refund');
    const globexList = ok(await globexAgent.gql<{ agentArticles: { title: string }[] }>(`{ agentArticles { title } }`)).agentArticles;
    expect(globexList.map((a) => a.title)).not.toContain('Requesting a refund');
    expect(globexList.map((a) => a.title)).toContain('Q3 pricing changes (draft)');
  });

  it('is closed to contacts and visitors, whatever the host', async () => {
    const wile = await signInContact(app, 'acme', 'wile@coyote.test');
    const article = await articleBySlug(app.dataSource, 'acme', 'requesting-a-refund');
    for (const caller of [wile, visitor(app), visitor(app, 'localhost')]) {
      for (const [query, variables] of [
        [`{ agentArticles { id } }`, {}],
        [GET, { id: article.id }],
        [PREVIEW, { md: 'x' }],
        [UNPUBLISH, { id: article.id }],
        [CREATE, { input: { title: 'x' } }],
        [CATEGORIES, {}],
      ] as const) {
        const res = await caller.gql(query, variables);
        expect(res.data).toBeNull();
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(codes(res)[0]);
      }
    }
    expect((await articleBySlug(app.dataSource, 'acme', 'requesting-a-refund')).status).toBe('published');
  });
});
