import { startTestApp, type TestApp, type TestResponse } from '../../test/http';

const PORTAL = '{ portal { slug name branding { displayName primaryColor welcomeHeadline logoUrl } } }';

type PortalData = {
  portal: {
    slug: string;
    name: string;
    branding: { displayName: string; primaryColor: string; welcomeHeadline: string; logoUrl: string | null };
  } | null;
};

function expectNotFoundPage(res: TestResponse): void {
  expect(res.status).toBe(404);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.text).toContain('There is no help center here');
}

function cspOf(res: TestResponse): string {
  return String(res.headers['content-security-policy'] ?? '');
}

describe('the HTTP app', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);

  afterAll(() => app?.close());

  describe('health check', () => {
    it('answers 200 while the database answers', async () => {
      const res = await app.request('/healthz', { host: '127.0.0.1' });
      expect(res.status).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', database: 'up' });
    });
  });

  describe('host routing', () => {
    it.each(['nope.localhost', 'evil.example', 'acme.localhost.evil.example', 'a_b.localhost'])(
      'serves the 404 page to %s on /',
      async (host) => {
        expectNotFoundPage(await app.request('/', { host }));
      },
    );

    it.each(['nope.localhost', 'evil.example'])('serves the 404 page, not GraphQL, to %s on /graphql', async (host) => {
      expectNotFoundPage(await app.request('/graphql', { host, method: 'POST', body: { query: PORTAL } }));
      expectNotFoundPage(await app.request('/graphql', { host, headers: { accept: 'text/html' } }));
    });

    it('escapes the host name it echoes on the 404 page', async () => {
      const res = await app.request('/', { host: 'x<script>.example' });
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('<script>');
    });

    it("answers acme.localhost with Acme's branding and globex.localhost with Globex's", async () => {
      const acme = await app.graphql<PortalData>(PORTAL, undefined, { host: 'acme.localhost' });
      const globex = await app.graphql<PortalData>(PORTAL, undefined, { host: 'globex.localhost' });
      expect(acme.status).toBe(200);
      expect(acme.body.data?.portal).toMatchObject({
        slug: 'acme',
        name: 'Acme',
        branding: { displayName: 'Acme', primaryColor: '#c2410c', welcomeHeadline: 'Acme Support' },
      });
      expect(globex.body.data?.portal).toMatchObject({
        slug: 'globex',
        name: 'Globex',
        branding: { displayName: 'Globex', primaryColor: '#047857' },
      });
    });

    it('reads the host case-insensitively and ignores the port', async () => {
      const res = await app.graphql<PortalData>(PORTAL, undefined, { host: 'GLOBEX.LocalHost:8443' });
      expect(res.body.data?.portal?.slug).toBe('globex');
    });

    it('ignores X-Forwarded-Host: a forged header cannot switch the portal', async () => {
      const res = await app.graphql<PortalData>(PORTAL, undefined, {
        host: 'acme.localhost',
        headers: { 'x-forwarded-host': 'globex.localhost', forwarded: 'host=globex.localhost' },
      });
      expect(res.body.data?.portal?.slug).toBe('acme');
      const unknown = await app.request('/', { host: 'nope.localhost', headers: { 'x-forwarded-host': 'acme.localhost' } });
      expectNotFoundPage(unknown);
    });

    it('has no portal on the app host', async () => {
      const res = await app.graphql<PortalData>(PORTAL, undefined, { host: 'localhost' });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({ portal: null });
    });
  });

  describe('security headers', () => {
    it.each([
      ['a portal page', '/', 'acme.localhost'],
      ['the agent app', '/agent/', 'localhost'],
      ['the 404 page', '/', 'nope.localhost'],
      ['the health check', '/healthz', 'localhost'],
    ])('are sent on %s', async (_what, path, host) => {
      const res = await app.request(path, { host });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(cspOf(res)).toContain("frame-ancestors 'none'");
      expect(cspOf(res)).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('are sent on GraphQL answers', async () => {
      const res = await app.graphql(PORTAL);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(cspOf(res)).toContain("frame-ancestors 'none'");
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('the portal logo', () => {
    it('is served on the portal host as an inert SVG document', async () => {
      const portal = await app.graphql<PortalData>(PORTAL, undefined, { host: 'acme.localhost' });
      const logoUrl = portal.body.data?.portal?.branding.logoUrl;
      expect(logoUrl).toMatch(/^\/branding\/logo\?v=\d+$/);
      const res = await app.request(logoUrl as string, { host: 'acme.localhost' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(res.text).toContain('<svg');
      expect(res.text).toContain('Acme');
      const csp = cspOf(res);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain('sandbox');
      expect(csp).not.toContain('script-src');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it("is each organization's own", async () => {
      const res = await app.request('/branding/logo', { host: 'globex.localhost' });
      expect(res.status).toBe(200);
      expect(res.text).toContain('Globex');
      expect(res.text).not.toContain('Acme');
    });

    it('is not served on the app host or an unknown host', async () => {
      expect((await app.request('/branding/logo', { host: 'localhost' })).status).toBe(404);
      expectNotFoundPage(await app.request('/branding/logo', { host: 'nope.localhost' }));
    });
  });
});

describe('the health check without a database', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  }, 60_000);

  afterAll(() => app?.close());

  it('answers 503 once the database is gone, within its two-second budget', async () => {
    expect((await app.request('/healthz', { host: 'localhost' })).status).toBe(200);
    await app.database.close();
    const started = Date.now();
    const res = await app.request('/healthz', { host: 'localhost' });
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', database: 'down' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('masks the failure on other routes: a coded 5xx with the request id, no stack trace', async () => {
    const res = await app.request('/', { host: 'acme.localhost' });
    expect([500, 503]).toContain(res.status);
    const body = res.json<{ errors: { message: string; extensions: { code: string; requestId: string } }[] }>();
    expect(body.errors[0].extensions).toMatchObject({ code: expect.any(String), requestId: res.headers['x-request-id'] });
    expect(res.text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|QueryFailedError|ECONNREFUSED/);
  });
});
