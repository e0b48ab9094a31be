import { startTestApp, type TestApp, type TestResponse } from '../../test/http';
import { DOCUMENT_LIMITS } from './apollo';

type ErrorBody = { data?: unknown; errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] };

const SLUG = '{ portal { slug } }';
// The suites run without demo data, so only the app host answers GraphQL.
const APP_HOST = { host: 'localhost' };

/** The answer is a refusal a client can act on: a 4xx, a JSON error with a code, and nothing of the server's insides. */
function expectCodedRefusal(res: TestResponse, status = 400): ErrorBody {
  expect(res.status).toBe(status);
  expect(res.text).not.toMatch(/\n\s+at |node_modules|stacktrace|\/src\//);
  const body = res.json<ErrorBody>();
  expect(body.errors?.length).toBeGreaterThan(0);
  for (const error of body.errors ?? []) expect(error.extensions?.code).toEqual(expect.any(String));
  return body;
}

function aliases(n: number): string {
  return `{ ${Array.from({ length: n }, (_v, i) => `a${i}: portal { slug }`).join(' ')} }`;
}

/** A document `depth` fields deep, through introspection's __type (every schema has it): __type, ofType…, name. */
function queryOfDepth(depth: number): string {
  let selection = 'name';
  for (let i = 0; i < depth - 2; i++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Query") { ${selection} } }`;
}

/** The same depth hidden in a chain of fragments. */
function fragmentChainOfDepth(depth: number): string {
  const levels = depth - 2;
  const fragments = Array.from({ length: levels }, (_v, i) =>
    i === levels - 1 ? `fragment F${i} on __Type { name }` : `fragment F${i} on __Type { ofType { ...F${i + 1} } }`,
  );
  return `{ __type(name: "Query") { ...F0 } } ${fragments.join(' ')}`;
}

describe('GraphQL over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  }, 60_000);

  afterAll(() => app?.close());

  const post = (body: string | Buffer, headers: Record<string, string>) =>
    app.request('/graphql', { method: 'POST', host: 'localhost', headers, body });

  it('answers a well-formed JSON POST (the baseline the refusals below differ from)', async () => {
    const res = await post(JSON.stringify({ query: SLUG }), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ data: { portal: null } });
  });

  describe('refuses malformed bodies with a coded 400, never a 500 or a stack trace', () => {
    it.each([
      ['truncated JSON', '{"query": "{ portal { slug } }"'],
      ['a stray brace', '{"query": }'],
      ['not JSON at all', 'query=%7Bportal%7D'],
      ['a JSON string', '"{ portal { slug } }"'],
      ['null', 'null'],
    ])('%s', async (_what, body) => {
      expectCodedRefusal(await post(body, { 'content-type': 'application/json' }));
    });

    it('a missing query', async () => {
      expectCodedRefusal(await post('{"variables": {}}', { 'content-type': 'application/json' }));
    });

    it('a GraphQL syntax error', async () => {
      const body = expectCodedRefusal(await post(JSON.stringify({ query: '{ portal { ' }), { 'content-type': 'application/json' }));
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });
  });

  describe('CSRF prevention: requests a browser could send cross-site without a preflight are refused', () => {
    it('a text/plain POST', async () => {
      const res = await post(JSON.stringify({ query: SLUG }), { 'content-type': 'text/plain' });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
    });

    it('a multipart/form-data POST', async () => {
      const boundary = 'XyZ';
      const multipart = [
        `--${boundary}`,
        'Content-Disposition: form-data; name="operations"',
        '',
        JSON.stringify({ query: SLUG }),
        `--${boundary}--`,
        '',
      ].join('\r\n');
      const res = await post(multipart, { 'content-type': `multipart/form-data; boundary=${boundary}` });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
    });

    it('an application/x-www-form-urlencoded POST', async () => {
      const res = await post(`query=${encodeURIComponent(SLUG)}`, { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
    });

    it('a GET query without a preflight header', async () => {
      const res = await app.request(`/graphql?query=${encodeURIComponent(SLUG)}`, {
        host: 'localhost',
        headers: { accept: 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
    });

    it('but a GET with the apollo-require-preflight header goes through (so the refusals above are CSRF, not GET)', async () => {
      const res = await app.request(`/graphql?query=${encodeURIComponent(SLUG)}`, {
        host: 'localhost',
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ data: { portal: null } });
    });
  });

  it('refuses a batched JSON array', async () => {
    const res = await post(JSON.stringify([{ query: SLUG }, { query: SLUG }]), { 'content-type': 'application/json' });
    expectCodedRefusal(res);
    expect(res.text).not.toContain('"portal"');
  });

  describe('document limits reject abusive documents before they execute', () => {
    it(`accepts ${DOCUMENT_LIMITS.maxAliases} aliases`, async () => {
      const res = await app.graphql(aliases(DOCUMENT_LIMITS.maxAliases), undefined, APP_HOST);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });

    it.each([16, 100])('rejects %i aliases', async (n) => {
      const res = await app.graphql(aliases(n), undefined, APP_HOST);
      const body = expectCodedRefusal(res);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it(`accepts a document ${DOCUMENT_LIMITS.maxDepth} fields deep`, async () => {
      const res = await app.graphql(queryOfDepth(DOCUMENT_LIMITS.maxDepth), undefined, APP_HOST);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
    });

    it.each([
      [`a document ${DOCUMENT_LIMITS.maxDepth + 1} fields deep`, queryOfDepth(DOCUMENT_LIMITS.maxDepth + 1)],
      ['a deeply nested selection', queryOfDepth(40)],
      ['the same depth through a chain of fragments', fragmentChainOfDepth(40)],
    ])('rejects %s', async (_what, query) => {
      const body = expectCodedRefusal(await app.graphql(query, undefined, APP_HOST));
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it.each([
      ['a fragment that spreads itself', '{ __type(name: "Query") { ...A } } fragment A on __Type { ofType { ...A } }'],
      [
        'two fragments that spread each other',
        '{ __type(name: "Query") { ...A } } fragment A on __Type { ofType { ...B } } fragment B on __Type { ofType { ...A } }',
      ],
    ])('rejects %s, quickly', async (_what, query) => {
      const started = Date.now();
      const body = expectCodedRefusal(await app.graphql(query, undefined, APP_HOST));
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('rejects a document with too many tokens', async () => {
      const huge = `{ ${Array.from({ length: DOCUMENT_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
      const body = expectCodedRefusal(await app.graphql(huge, undefined, APP_HOST));
      expect(body.data).toBeUndefined();
    });
  });
});

describe('GraphQL in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      seed: false,
      env: { NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: 'unused-in-this-test', SEED_DEMO_DATA: 'false' },
    });
  }, 60_000);

  afterAll(() => app?.close());

  it('turns introspection off', async () => {
    const body = expectCodedRefusal(await app.graphql('{ __schema { queryType { name } } }', undefined, { host: 'localhost' }));
    expect(body.data).toBeUndefined();
  });

  it('does not suggest field names', async () => {
    const res = await app.graphql('{ portall { slug } }', undefined, { host: 'localhost' });
    expectCodedRefusal(res);
    expect(res.text).not.toMatch(/Did you mean/i);
  });

  it('serves no Sandbox page', async () => {
    const res = await app.request('/graphql', { host: 'localhost', headers: { accept: 'text/html' } });
    expect(res.text).not.toMatch(/sandbox|embeddable/i);
  });
});
