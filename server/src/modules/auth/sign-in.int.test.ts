import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../test/http';
import { SIGN_IN_TTL_MS } from './sign-in.service';
import {
  cookieFrom,
  followLink,
  latestSignInMail,
  REQUEST_AGENT,
  REQUEST_PORTAL,
  setCookieLine,
  VERIFY_AGENT,
  VERIFY_PORTAL,
  VIEWER,
} from '../../../test/sign-in';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
// Every request here comes from 127.0.0.1; the per-IP limits have their own test file.
beforeEach(() => app.dataSource.query('DELETE FROM rate_limit_hits'));

async function requestLink(email: string, host = 'acme.localhost', returnPath?: string) {
  const res = await app.graphql(REQUEST_PORTAL, { email, returnPath }, { host });
  expect(res.body.errors).toBeUndefined();
  return latestSignInMail(app, email.toLowerCase());
}

describe('magic links for contacts', () => {
  it('emails a 256-bit link token and a 6-digit code, and stores only their hashes', async () => {
    const mail = await requestLink('wile@coyote.test');
    expect(mail.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.code).toMatch(/^\d{6}$/);
    expect(mail.link.startsWith(`http://acme.localhost:${app.port}/auth/confirm?token=`)).toBe(true);
    const rows: Record<string, unknown>[] = await app.dataSource.query(`SELECT * FROM sign_in_tokens WHERE email = 'wile@coyote.test'`);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(mail.token);
    expect(dump).not.toContain(`"${mail.code}"`);
    expect(rows.some((r) => r.token_hash === sha256(mail.token))).toBe(true);
    const again = await requestLink('wile@coyote.test');
    expect(again.token).not.toBe(mail.token);
  });

  it('lives 15 minutes at most', async () => {
    await requestLink('road@runner.test');
    const [row] = await app.dataSource.query(
      `SELECT created_at, expires_at FROM sign_in_tokens WHERE email = 'road@runner.test' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()).toBeLessThanOrEqual(SIGN_IN_TTL_MS + 1000);
  });

  it('opening the link (HEAD, GET) never signs in; the confirming POST does, once, and returns to the relative path', async () => {
    const mail = await requestLink('open@example.test', 'acme.localhost', '/requests/3');
    const head = await app.request(`/auth/confirm?token=${mail.token}`, { method: 'HEAD' });
    expect(head.status).toBe(303);
    const get = await app.request(`/auth/confirm?token=${mail.token}`);
    expect(get.status).toBe(303);
    expect(get.headers.location).toBe('/auth/confirm');
    expect(get.headers['referrer-policy']).toBe('no-referrer');
    expect(cookieFrom(get, 'ac_session')).toBeNull();
    const [unused] = await app.dataSource.query(`SELECT consumed_at FROM sign_in_tokens WHERE token_hash = $1`, [sha256(mail.token)]);
    expect(unused.consumed_at).toBeNull();
    const page = await app.request('/auth/confirm', { headers: { cookie: `ac_signin=${cookieFrom(get, 'ac_signin')}` } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('open@example.test');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    // Branded as the portal it signs in to: its name, logo and footer, in its colour (issue 16.5).
    expect(page.text).toMatch(
      /<header class="brand"><img src="\/branding\/logo\?v=\d+" alt="" width="40" height="40"><span>Acme<\/span><\/header>/,
    );
    expect(page.text).toContain('<footer>© Acme Corporation · Support hours Mon–Fri 8:00–18:00</footer>');
    expect(page.text).toContain('background:#c2410c');
    const { confirm, session } = await followLink(app, 'acme.localhost', mail.token);
    expect(confirm.status).toBe(303);
    expect(confirm.headers.location).toBe('/requests/3');
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const viewer = await app.graphql<{ viewer: { kind: string; contact: { email: string } } }>(
      VIEWER,
      {},
      { cookie: `ac_session=${session}` },
    );
    expect(viewer.body.data?.viewer).toMatchObject({ kind: 'CONTACT', contact: { email: 'open@example.test' } });
    const replay = await followLink(app, 'acme.localhost', mail.token);
    expect(replay.confirm.status).toBe(400);
    expect(replay.session).toBeNull();
  });

  it('gives exactly one session to two concurrent redemptions of one link', async () => {
    const mail = await requestLink('race@example.test');
    const results = await Promise.all([followLink(app, 'acme.localhost', mail.token), followLink(app, 'acme.localhost', mail.token)]);
    expect(results.filter((r) => r.session).length).toBe(1);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM sessions s JOIN contacts c ON c.id = s.contact_id WHERE c.email = 'race@example.test'`,
    );
    expect(count).toBe(1);
  });

  it('refuses expired, truncated, case-changed and replaced tokens', async () => {
    const expired = await requestLink('expired@example.test');
    await app.dataSource.query(`UPDATE sign_in_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      sha256(expired.token),
    ]);
    expect((await followLink(app, 'acme.localhost', expired.token)).session).toBeNull();

    const mail = await requestLink('mangled@example.test');
    expect((await followLink(app, 'acme.localhost', mail.token.slice(0, 30))).session).toBeNull();
    const flipped = mail.token.replace(/[a-z]/, (c) => c.toUpperCase());
    expect((await followLink(app, 'acme.localhost', flipped)).session).toBeNull();

    const newer = await requestLink('mangled@example.test');
    expect((await followLink(app, 'acme.localhost', mail.token)).session).toBeNull();
    expect((await followLink(app, 'acme.localhost', newer.token)).session).not.toBeNull();
  });

  it("never works on another organization's portal or in the agent app", async () => {
    const mail = await requestLink('cross@example.test');
    expect((await followLink(app, 'globex.localhost', mail.token)).session).toBeNull();
    expect((await followLink(app, 'localhost', mail.token)).session).toBeNull();
    expect((await followLink(app, 'acme.localhost', mail.token)).session).not.toBeNull();
  });

  it('refuses a confirming POST from another origin or without origin information', async () => {
    const mail = await requestLink('csrf@example.test');
    const open = await app.request(`/auth/confirm?token=${mail.token}`);
    const pending = cookieFrom(open, 'ac_signin');
    for (const headers of [{ origin: 'http://evil.example' }, {}]) {
      const res = await app.request('/auth/confirm', { method: 'POST', headers: { ...headers, cookie: `ac_signin=${pending}` }, body: '' });
      expect(res.status).toBe(403);
      expect(cookieFrom(res, 'ac_session')).toBeNull();
    }
  });

  it.each(['//evil.example', '/\\evil.example', 'javascript:alert(1)', 'https://evil.example/x'])(
    'sends the open-redirect return path %s home instead',
    async (returnPath) => {
      const email = `redirect${sha256(returnPath).slice(0, 6)}@example.test`;
      const mail = await requestLink(email, 'acme.localhost', returnPath);
      const { confirm } = await followLink(app, 'acme.localhost', mail.token);
      expect(confirm.headers.location).toBe('/');
    },
  );

  it('takes the link host from the database, never from Host or X-Forwarded-Host', async () => {
    await app.graphql(REQUEST_PORTAL, { email: 'forged@example.test' }, { headers: { 'x-forwarded-host': 'evil.example' } });
    const mail = await latestSignInMail(app, 'forged@example.test');
    expect(new URL(mail.link).hostname).toBe('acme.localhost');
    const forged = await app.request('/graphql', {
      host: 'evil.example',
      body: { query: REQUEST_PORTAL, variables: { email: 'forged@example.test' } },
    });
    expect(forged.status).toBe(404);
  });

  it('answers the same for a known, an unknown and a malformed-but-valid email, and restricted portals email only known contacts', async () => {
    const known = await app.graphql<{ requestPortalSignIn: { message: string } }>(REQUEST_PORTAL, { email: 'road@runner.test' });
    const unknown = await app.graphql<{ requestPortalSignIn: { message: string } }>(REQUEST_PORTAL, { email: 'nobody@example.test' });
    const strip = (m?: string) => m?.replace(/\S+@\S+/, '<email>');
    expect(strip(known.body.data?.requestPortalSignIn.message)).toBe(strip(unknown.body.data?.requestPortalSignIn.message));
    expect(known.status).toBe(unknown.status);

    await app.dataSource.query(`UPDATE organizations SET portal_access = 'known_contacts' WHERE slug = 'globex'`);
    app.services.organizations.hosts.forget();
    try {
      const a = await app.graphql<{ requestPortalSignIn: { message: string } }>(
        REQUEST_PORTAL,
        { email: 'homer@springfield.test' },
        { host: 'globex.localhost' },
      );
      const b = await app.graphql<{ requestPortalSignIn: { message: string } }>(
        REQUEST_PORTAL,
        { email: 'stranger@example.test' },
        { host: 'globex.localhost' },
      );
      expect(strip(a.body.data?.requestPortalSignIn.message)).toBe(strip(b.body.data?.requestPortalSignIn.message));
      await expect(latestSignInMail(app, 'homer@springfield.test')).resolves.toBeTruthy();
      await expect(latestSignInMail(app, 'stranger@example.test')).rejects.toThrow('no sign-in email');
    } finally {
      await app.dataSource.query(`UPDATE organizations SET portal_access = 'anyone' WHERE slug = 'globex'`);
      app.services.organizations.hosts.forget();
    }
  });

  it.each(['a@x.com,b@y.com', 'a@x.com\r\nBcc: b@y.com', 'not-an-email', 'a@x.com; b@y.com'])(
    'refuses %j as an email with BAD_USER_INPUT on the email field',
    async (email) => {
      const res = await app.graphql(REQUEST_PORTAL, { email });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      const [{ count }] = await app.dataSource.query(
        `SELECT count(*)::int AS count FROM outgoing_emails WHERE to_address LIKE '%,%' OR to_address LIKE '%' || chr(10) || '%'`,
      );
      expect(count).toBe(0);
    },
  );

  it('one email always means one contact, whatever its case', async () => {
    const first = await requestLink('Case@Example.test');
    await followLink(app, 'acme.localhost', first.token);
    const second = await requestLink('CASE@example.TEST');
    await followLink(app, 'acme.localhost', second.token);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM contacts WHERE email = 'case@example.test'`);
    expect(count).toBe(1);
  });
});

describe('the typed code', () => {
  it('signs in on another device with the code, and gives a few attempts only', async () => {
    const mail = await requestLink('code@example.test');
    const wrong = mail.code === '000000' ? '111111' : '000000';
    const bad = await app.graphql(VERIFY_PORTAL, { email: 'code@example.test', code: wrong });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const ok = await app.graphql<{ verifyPortalSignInCode: { returnPath: string } }>(VERIFY_PORTAL, {
      email: 'code@example.test',
      code: mail.code,
    });
    expect(ok.body.data?.verifyPortalSignInCode.returnPath).toBe('/');
    const cookie = setCookieLine(ok, 'ac_session') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookie).toMatch(/Path=\//);

    const next = await requestLink('code@example.test');
    const wrongNext = next.code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await app.graphql(VERIFY_PORTAL, { email: 'code@example.test', code: wrongNext });
    const late = await app.graphql(VERIFY_PORTAL, { email: 'code@example.test', code: next.code });
    expect(late.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cookieFrom(late, 'ac_session')).toBeNull();
  });
});

describe('agents', () => {
  it('sign in to the agent app by link and by code; a portal token never works there and the reverse', async () => {
    await app.graphql(REQUEST_AGENT, { workspace: 'acme', email: 'agent@acme.test' }, { host: 'localhost' });
    const mail = await latestSignInMail(app, 'agent@acme.test');
    expect(new URL(mail.link).hostname).toBe('localhost');
    expect((await followLink(app, 'acme.localhost', mail.token)).session).toBeNull();
    const { confirm, session } = await followLink(app, 'localhost', mail.token);
    expect(confirm.headers.location).toBe('/agent/');
    const viewer = await app.graphql<{ viewer: { kind: string; agent: { role: string } } }>(
      VIEWER,
      {},
      { host: 'localhost', cookie: `ac_session=${session}` },
    );
    expect(viewer.body.data?.viewer).toMatchObject({ kind: 'AGENT', agent: { role: 'agent' } });
    const onPortal = await app.graphql<{ viewer: { kind: string } }>(
      VIEWER,
      {},
      { host: 'acme.localhost', cookie: `ac_session=${session}` },
    );
    expect(onPortal.body.data?.viewer.kind).toBe('ANONYMOUS');

    await app.graphql(REQUEST_AGENT, { workspace: 'acme', email: 'admin@acme.test' }, { host: 'localhost' });
    const adminMail = await latestSignInMail(app, 'admin@acme.test');
    const byCode = await app.graphql(
      VERIFY_AGENT,
      { workspace: 'acme', email: 'admin@acme.test', code: adminMail.code },
      { host: 'localhost' },
    );
    expect(cookieFrom(byCode, 'ac_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('a portal session does not open the agent app, and an unknown agent gets no email but the same answer', async () => {
    const mail = await requestLink('portal-only@example.test');
    const { session } = await followLink(app, 'acme.localhost', mail.token);
    const viewer = await app.graphql<{ viewer: { kind: string } }>(VIEWER, {}, { host: 'localhost', cookie: `ac_session=${session}` });
    expect(viewer.body.data?.viewer.kind).toBe('ANONYMOUS');
    const res = await app.graphql(REQUEST_AGENT, { workspace: 'acme', email: 'wile@coyote.test' }, { host: 'localhost' });
    expect(res.body.errors).toBeUndefined();
    const rows = await app.dataSource.query(
      `SELECT 1 FROM outgoing_emails WHERE to_address = 'wile@coyote.test' AND subject LIKE '%ActionConnect%'`,
    );
    expect(rows).toHaveLength(0);
  });
});

describe('sessions', () => {
  async function contactSession(email: string): Promise<string> {
    const mail = await requestLink(email);
    const { session } = await followLink(app, 'acme.localhost', mail.token);
    return session as string;
  }
  const kindWith = async (session: string, host = 'acme.localhost') =>
    (await app.graphql<{ viewer: { kind: string } }>(VIEWER, {}, { host, cookie: `ac_session=${session}` })).body.data?.viewer.kind;

  it('stores only a hash of the session secret and is worthless on another host', async () => {
    const session = await contactSession('hash@example.test');
    const rows = await app.dataSource.query(`SELECT token_hash FROM sessions WHERE token_hash = $1`, [sha256(session)]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(await app.dataSource.query('SELECT * FROM sessions'))).not.toContain(session);
    expect(await kindWith(session)).toBe('CONTACT');
    expect(await kindWith(session, 'globex.localhost')).toBe('ANONYMOUS');
  });

  it('sign-out ends the session on the server, not just the cookie', async () => {
    const session = await contactSession('signout@example.test');
    const out = await app.graphql(`mutation { signOut }`, {}, { cookie: `ac_session=${session}` });
    expect(out.body.data).toEqual({ signOut: true });
    expect(setCookieLine(out, 'ac_session')).toMatch(/Max-Age=0/);
    expect(await kindWith(session)).toBe('ANONYMOUS');
  });

  it('enforces the idle and absolute timeouts', async () => {
    const idle = await contactSession('idle@example.test');
    await app.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '15 days' WHERE token_hash = $1`, [sha256(idle)]);
    expect(await kindWith(idle)).toBe('ANONYMOUS');
    const old = await contactSession('old@example.test');
    await app.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(old)]);
    expect(await kindWith(old)).toBe('ANONYMOUS');
  });
});
