import { Client } from 'pg';
import { testDatabaseUrl } from '../../test/database';
import { startTestApp, type TestApp } from '../../test/http';
import { OUTAGE_RETRY_AFTER_SECONDS } from './error-response.plugin';

// What an outside test found (issue 10, points 1, 2 and 13): unknown errors leaked their cause,
// unstorable strings ended in INTERNAL_SERVER_ERROR, and an outage answered 500 or 200.

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const SIGN_IN = 'mutation ($input: RequestAgentSignInInput!) { requestAgentSignIn(input: $input) { message } }';

describe('strings that cannot be stored', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });
  afterAll(() => app?.close());

  const cases: [string, string][] = [
    ['a NUL byte', 'acme\u0000'],
    ['a lone high surrogate', 'acme\ud800'],
    ['a lone low surrogate', '\udc00acme'],
  ];
  it.each(cases)('refuse %s in a variable as BAD_USER_INPUT naming the argument', async (_label, workspace) => {
    const res = await app.graphql(SIGN_IN, { input: { workspace, email: 'someone@example.test' } }, { host: 'localhost' });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workspace' });
    expect(res.text).not.toMatch(/invalid byte sequence|UTF8|stack/i);
  });

  it('refuse a NUL byte written into the document itself, and in nested JSON variables', async () => {
    const literal = await app.graphql(
      'mutation { requestAgentSignIn(input: { workspace: "acme", email: "a\\u0000@example.test" }) { message } }',
      undefined,
      { host: 'localhost' },
    );
    expect(literal.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('answer a path that is not valid percent-encoding with 400, not 500', async () => {
    const res = await app.request('/%ff%fe%', { host: 'acme.localhost' });
    expect(res.status).toBe(400);
    const appHost = await app.request('/agent/%ff%fe%', { host: 'localhost' });
    expect(appHost.status).toBe(400);
  });

  it('still accept real non-ASCII text, emoji (a surrogate pair) included', async () => {
    const res = await app.graphql(SIGN_IN, { input: { workspace: 'acmé-😀', email: 'someone@example.test' } }, { host: 'localhost' });
    expect(res.body.errors?.[0]?.extensions?.code).not.toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

const onPostgres = testDatabaseUrl() ? describe : describe.skip;
onPostgres('a PostgreSQL that stops accepting connections, in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      seed: false,
      env: { NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: 'unused-in-this-test', SEED_DEMO_DATA: 'false' },
    });
  });
  afterAll(async () => {
    await withAdmin((c) => c.query(`ALTER DATABASE "${app.database.name}" ALLOW_CONNECTIONS true`)).catch(() => undefined);
    await app?.close();
  });

  async function withAdmin<T>(run: (c: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: testDatabaseUrl() as string });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }

  it('answers 503 SERVICE_UNAVAILABLE while it is down, and works again once it is back', async () => {
    const name = app.database.name as string;
    await withAdmin(async (c) => {
      await c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    });
    const down = await app.graphql(SIGN_IN, { input: { workspace: 'acme', email: 'someone@example.test' } }, { host: 'localhost' });
    expect(down.status).toBe(503);
    expect(down.json<Body>().errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.text).not.toMatch(/terminat|accepting connections|postgres|ECONN|stack/i);
    await withAdmin((c) => c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`));
    const up = await app.graphql(SIGN_IN, { input: { workspace: 'acme', email: 'someone@example.test' } }, { host: 'localhost' });
    expect(up.status).toBe(200);
  });
});

describe('a database outage, in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      seed: false,
      env: { NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: 'unused-in-this-test', SEED_DEMO_DATA: 'false' },
    });
  });
  afterAll(() => app?.close());

  it('answers HTTP 503, SERVICE_UNAVAILABLE and Retry-After, with no database message', async () => {
    const before = await app.graphql(SIGN_IN, { input: { workspace: 'acme', email: 'someone@example.test' } }, { host: 'localhost' });
    expect(before.status).toBe(200);
    await app.database.db.close();
    const res = await app.graphql(SIGN_IN, { input: { workspace: 'acme', email: 'someone@example.test' } }, { host: 'localhost' });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe(String(OUTAGE_RETRY_AFTER_SECONDS));
    const body = res.json<Body>();
    expect(body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.text).not.toMatch(/ECONNREFUSED|socket|\.s\.PGSQL|Connection terminated|pglite|postgres|driver|stack/i);
  });

  it('answers a portal page whose host lookup fails the same way: 503 with Retry-After', async () => {
    const res = await app.request('/', { host: 'acme.localhost' });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe(String(OUTAGE_RETRY_AFTER_SECONDS));
    expect(res.text).not.toMatch(/Driver|pglite|postgres|stack/i);
  });
});
