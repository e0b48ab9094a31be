import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/http';
import { signInContact } from '../../test/sign-in';
import { statementCounter } from '../../test/statements';

// How the product delivers what it serves (issue 11): compressed, with content-hashed assets
// cached for a year and pages always revalidated, and a signed-in request's identity in one statement.

describe('delivery', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  /** The portal's built script, as index.html names it. */
  function portalScript(): string {
    const index = readFileSync(path.join(app.config.rootDir, 'client-portal', 'dist', 'index.html'), 'utf8');
    const match = /src="(\/assets\/[^"]+\.js)"/.exec(index);
    if (!match) throw new Error('client-portal is not built: run npm run build');
    return match[1];
  }

  it('never serves the portal page from a cache without revalidating it', async () => {
    const res = await app.request('/', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toMatch(/\bno-cache\b/);
  });

  it('prefers brotli when the client offers it', async () => {
    const res = await app.request(portalScript(), { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.raw).length).toBeGreaterThan(res.raw.length * 2);
  });

  it('sends content-hashed assets compressed, immutable for a year', async () => {
    const script = portalScript();
    const plain = await app.request(script);
    const res = await app.request(script, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(res.raw).equals(plain.raw)).toBe(true);
    expect(res.raw.length).toBeLessThan(plain.raw.length / 2);
  });

  it('answers a missing asset 404, not the app page under a script name', async () => {
    const res = await app.request('/assets/index-doesnotexist.js');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('<div id="root">');
  });

  it('compresses large API answers for clients that ask', async () => {
    const query = '{ portal { slug } __schema { types { name } } }';
    const res = await app.request('/graphql', {
      method: 'POST',
      headers: { 'accept-encoding': 'gzip', 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: { query },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.raw).toString('utf8')).data.portal.slug).toBe('acme');
  });

  it("finds a signed-in contact's session and person in one statement, and the portal's organization in none", async () => {
    const wile = await signInContact(app, 'acme', 'wile@coyote.test');
    await wile.gql('{ myTickets(first: 1) { totalCount } }'); // warms the host cache
    const counter = statementCounter(app.dataSource);
    try {
      const result = await wile.gql<{ myTickets: { totalCount: number } }>('{ myTickets(first: 1) { totalCount } }');
      expect(result.errors).toEqual([]);
    } finally {
      counter.stop();
    }
    expect(counter.statements.filter((s) => /\bsessions\b/.test(s))).toHaveLength(1);
    expect(counter.statements.filter((s) => /\b(organizations|contacts)\b/.test(s) && !/\bsessions\b/.test(s))).toEqual([]);
  });
});
