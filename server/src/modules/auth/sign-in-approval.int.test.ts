import { buildAgent, buildContact, buildOrganization } from '../../../test/factories';
import { codes, ok, visitor, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp, type TestResponse } from '../../../test/http';
import { cookieFrom, followLink, latestSignInMail, VIEWER } from '../../../test/sign-in';
import type { Organization } from '../organizations/organization.entity';
import { generateTotpSecret, totpCode, totpStep } from './totp';

// Cross-device sign-in by number matching (issue 13.2): the device that asked shows a number, the
// link opened elsewhere approves by picking it, and only the asking device is signed in.

const REQUEST_PORTAL = `mutation ($email: String!) { requestPortalSignIn(input: { email: $email }) { message waitingHandle matchNumber } }`;
const REQUEST_AGENT = `mutation ($workspace: String!, $email: String!) {
  requestAgentSignIn(input: { workspace: $workspace, email: $email }) { message waitingHandle matchNumber } }`;
const CLAIM_PORTAL = `mutation ($waitingHandle: String!) { claimPortalSignIn(input: { waitingHandle: $waitingHandle }) { status returnPath } }`;
const CLAIM_AGENT = `mutation ($workspace: String!, $waitingHandle: String!, $totp: String) {
  claimAgentSignIn(input: { workspace: $workspace, waitingHandle: $waitingHandle, totp: $totp }) { status returnPath } }`;
const VERIFY_PORTAL = `mutation ($email: String!, $code: String!) { verifyPortalSignInCode(input: { email: $email, code: $code }) { returnPath } }`;

type Started = { message: string; waitingHandle: string; matchNumber: number };
type Claim = { status: string; returnPath: string | null };

let app: TestApp;
let org: Organization;
let portal: string;
/** Every log line the app writes, at debug level: no secret of the sign-in may be among them. */
const logLines: string[] = [];
beforeAll(async () => {
  app = await startTestApp({
    seed: false,
    env: { LOG_LEVEL: 'debug' },
    logDestination: { write: (line: string) => void logLines.push(line) },
  });
  org = await buildOrganization(app.dataSource);
  portal = `${org.slug}.localhost`;
});
afterAll(() => app?.close());
beforeEach(() => app.dataSource.query('DELETE FROM rate_limit_hits'));

/** The device that asks for the link: a browser with its own cookie jar. */
async function startWaiting(email: string, host = portal): Promise<{ device: Caller; started: Started; token: string; code: string }> {
  const device = visitor(app, host);
  const started = ok(await device.gql<{ requestPortalSignIn: Started }>(REQUEST_PORTAL, { email })).requestPortalSignIn;
  const mail = await latestSignInMail(app, email);
  return { device, started, token: mail.token, code: mail.code };
}

/** Another device opens the link: GET moves the token into its pending cookie, then the clean URL shows the page. */
async function openElsewhere(token: string, host = portal): Promise<{ page: TestResponse; pending: string }> {
  const open = await app.request(`/auth/confirm?token=${token}`, { host });
  const pending = cookieFrom(open, 'ac_signin') ?? '';
  const page = await app.request('/auth/confirm', { host, headers: { cookie: `ac_signin=${pending}` } });
  return { page, pending };
}

/** That device's answer on the approval page: a same-origin form POST. */
function answer(pending: string, choice: string, host = portal, origin = `http://${host}:${app.port}`): Promise<TestResponse> {
  return app.request('/auth/confirm', {
    method: 'POST',
    host,
    headers: { cookie: `ac_signin=${pending}`, origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: `choice=${choice}`,
  });
}

const choicesOn = (page: TestResponse): number[] => [...page.text.matchAll(/data-testid="match-(\d+)"/g)].map((m) => Number(m[1]));
const wrongOf = (page: TestResponse, right: number): number => choicesOn(page).find((n) => n !== right) as number;
const claimPortal = (device: Caller, waitingHandle: string) => device.gql<{ claimPortalSignIn: Claim }>(CLAIM_PORTAL, { waitingHandle });
const tokenRow = async (email: string) =>
  (
    await app.dataSource.query<Record<string, unknown>[]>(
      `SELECT approval, consumed_at, waiting_hash, match_number FROM sign_in_tokens WHERE email = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    )
  )[0];
const sessionsOf = async (email: string): Promise<number> =>
  (
    await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sessions s JOIN contacts c ON c.id = s.contact_id WHERE c.email = $1`,
      [email],
    )
  )[0].n;

describe('the asking device', () => {
  it('gets a 256-bit waiting handle (only its hash is stored) and a two-digit number, and keeps the handle in an /auth cookie', async () => {
    const { device, started } = await startWaiting('handle@example.test');
    expect(started.waitingHandle).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(started.matchNumber).toBeGreaterThanOrEqual(10);
    expect(started.matchNumber).toBeLessThanOrEqual(99);
    const row = await tokenRow('handle@example.test');
    expect(JSON.stringify(row)).not.toContain(started.waitingHandle);
    expect(row.waiting_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(device.cookies.get('ac_signin_waiting')).toBe(started.waitingHandle);
    const line = (await visitor(app, portal).gql(REQUEST_PORTAL, { email: 'handle@example.test' })).setCookies.find((l) =>
      l.startsWith('ac_signin_waiting='),
    );
    expect(line).toMatch(/; Max-Age=900(;|$)/);
    expect(line).toMatch(/; Path=\/auth(;|$)/);
    expect(line).toMatch(/; HttpOnly(;|$)/);
    expect(line).toMatch(/; SameSite=Lax(;|$)/);
    // A second request answers with a new handle and the older one stops working.
    const again = await startWaiting('handle@example.test');
    expect(again.started.waitingHandle).not.toBe(started.waitingHandle);
    expect(codes(await claimPortal(device, started.waitingHandle))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('approving on another device', () => {
  it('GET and HEAD of the link change nothing (mail scanners), and the page offers three numbers with the right one', async () => {
    const { device, started, token } = await startWaiting('scanner@example.test');
    await app.request(`/auth/confirm?token=${token}`, { host: portal, method: 'HEAD' });
    const { page } = await openElsewhere(token);
    await openElsewhere(token);
    expect(page.status).toBe(200);
    expect(page.text).toContain('scanner@example.test');
    expect(page.text).toContain("I didn't ask for this");
    const choices = choicesOn(page);
    expect(choices).toHaveLength(3);
    expect(new Set(choices).size).toBe(3);
    expect(choices).toContain(started.matchNumber);
    // The same three on every visit, so reloading does not reveal the right one.
    expect(choicesOn((await openElsewhere(token)).page)).toEqual(choices);
    expect(await tokenRow('scanner@example.test')).toMatchObject({ approval: null, consumed_at: null });
    expect(ok(await claimPortal(device, started.waitingHandle)).claimPortalSignIn).toEqual({ status: 'WAITING', returnPath: null });
    expect(cookieFrom(page, 'ac_session')).toBeNull();
  });

  it('the right number signs in only the waiting device, exactly once', async () => {
    const email = 'approve@example.test';
    const { device, started, token } = await startWaiting(email);
    const { pending } = await openElsewhere(token);
    const approved = await answer(pending, String(started.matchNumber));
    expect(approved.status).toBe(200);
    expect(approved.text).toContain('Sign-in approved');
    expect(cookieFrom(approved, 'ac_session')).toBeNull();
    expect(await sessionsOf(email)).toBe(0);

    const claim = await claimPortal(device, started.waitingHandle);
    expect(ok(claim).claimPortalSignIn).toEqual({ status: 'SIGNED_IN', returnPath: '/' });
    const viewer = ok(await device.gql<{ viewer: { kind: string; contact: { email: string } } }>(VIEWER)).viewer;
    expect(viewer).toMatchObject({ kind: 'CONTACT', contact: { email } });
    expect(await sessionsOf(email)).toBe(1);

    // Once only: a second claim, the link again, or a second answer all find nothing to use.
    expect((await claimPortal(device, started.waitingHandle)).errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'waitingHandle',
    });
    expect((await followLink(app, portal, token)).session).toBeNull();
    expect((await answer(pending, String(started.matchNumber))).status).toBe(400);
    expect(await sessionsOf(email)).toBe(1);
  });

  it('two concurrent claims give one session', async () => {
    const email = 'race-claim@example.test';
    const { device, started, token } = await startWaiting(email);
    await answer((await openElsewhere(token)).pending, String(started.matchNumber));
    const results = await Promise.all([claimPortal(device, started.waitingHandle), claimPortal(device, started.waitingHandle)]);
    expect(results.filter((r) => r.data?.claimPortalSignIn.status === 'SIGNED_IN')).toHaveLength(1);
    expect(await sessionsOf(email)).toBe(1);
  });

  it('a wrong number voids the approval path for good; the code still works', async () => {
    const email = 'wrong@example.test';
    const { device, started, token, code } = await startWaiting(email);
    const { page, pending } = await openElsewhere(token);
    const wrong = await answer(pending, String(wrongOf(page, started.matchNumber)));
    expect(wrong.text).toContain('That was not the number');
    expect(await tokenRow(email)).toMatchObject({ approval: 'refused', consumed_at: null });
    expect(ok(await claimPortal(device, started.waitingHandle)).claimPortalSignIn.status).toBe('REFUSED');
    // No second try, from this device or a fresh one.
    expect((await answer(pending, String(started.matchNumber))).status).toBe(400);
    const fresh = await openElsewhere(token);
    expect(choicesOn(fresh.page)).toEqual([]);
    expect((await answer(fresh.pending, String(started.matchNumber))).status).toBe(400);
    expect(ok(await claimPortal(device, started.waitingHandle)).claimPortalSignIn.status).toBe('REFUSED');
    expect(await sessionsOf(email)).toBe(0);

    ok(await device.gql(VERIFY_PORTAL, { email, code }));
    expect(await sessionsOf(email)).toBe(1);
  });

  it('"I didn\'t ask for this" voids it too, and nobody is signed in', async () => {
    const email = 'not-me@example.test';
    const { device, started, token } = await startWaiting(email);
    const { pending } = await openElsewhere(token);
    const refused = await answer(pending, 'none');
    expect(refused.text).toContain('Nobody was signed in');
    expect(ok(await claimPortal(device, started.waitingHandle)).claimPortalSignIn.status).toBe('REFUSED');
    expect((await answer(pending, String(started.matchNumber))).status).toBe(400);
    expect(await sessionsOf(email)).toBe(0);
  });

  it('refuses an answer from another origin or without origin information, reusing the confirm checks', async () => {
    const email = 'csrf-approve@example.test';
    const { device, started, token } = await startWaiting(email);
    const { pending } = await openElsewhere(token);
    expect((await answer(pending, String(started.matchNumber), portal, 'https://evil.test')).status).toBe(403);
    const bare = await app.request('/auth/confirm', {
      method: 'POST',
      host: portal,
      headers: { cookie: `ac_signin=${pending}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `choice=${started.matchNumber}`,
    });
    expect(bare.status).toBe(403);
    expect(ok(await claimPortal(device, started.waitingHandle)).claimPortalSignIn.status).toBe('WAITING');
  });

  it('the browser that asked still signs in with the link as before, and its claim then finds nothing', async () => {
    const email = 'same-browser@example.test';
    const { device, started, token } = await startWaiting(email);
    const open = await app.request(`/auth/confirm?token=${token}`, { host: portal });
    const cookie = `ac_signin=${cookieFrom(open, 'ac_signin')}; ac_signin_waiting=${device.cookies.get('ac_signin_waiting')}`;
    const page = await app.request('/auth/confirm', { host: portal, headers: { cookie } });
    expect(page.text).toContain('data-testid="confirm-sign-in"');
    expect(choicesOn(page)).toEqual([]);
    const confirm = await app.request('/auth/confirm', {
      method: 'POST',
      host: portal,
      headers: { cookie, origin: `http://${portal}:${app.port}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(cookieFrom(confirm, 'ac_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codes(await claimPortal(device, started.waitingHandle))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('logs', () => {
  it('never hold the waiting handle, the link token or the code (the request line keeps the link without its token)', async () => {
    const email = 'logged@example.test';
    const { device, started, token, code } = await startWaiting(email);
    const { pending } = await openElsewhere(token);
    await answer(pending, String(started.matchNumber));
    ok(await claimPortal(device, started.waitingHandle));
    // Outside production the link and code are logged on purpose, beside /dev/mail; nothing else may hold them.
    const logs = logLines.filter((line) => !line.includes('development sign-in link')).join('');
    expect(logs).toContain('/auth/confirm?token=[redacted]');
    expect(logs).toContain('sign-in approval answered');
    for (const secret of [started.waitingHandle, token, pending]) expect(logs).not.toContain(secret);
    // The code is six digits: look for it only where a value would sit.
    expect(logs).not.toMatch(new RegExp(`"${code}"|=${code}\\b`));
  });
});

describe('claiming', () => {
  it('refuses a claim without the handle, with a wrong or malformed one, on another host, and after expiry', async () => {
    const email = 'claims@example.test';
    const { device, started, token } = await startWaiting(email);
    await answer((await openElsewhere(token)).pending, String(started.matchNumber));
    const fieldOf = (r: { errors: { extensions?: Record<string, unknown> }[] }) => r.errors[0]?.extensions;
    expect(fieldOf(await claimPortal(device, ''))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingHandle' });
    expect(fieldOf(await claimPortal(device, 'A'.repeat(43)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingHandle' });
    expect(fieldOf(await claimPortal(device, 'short'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingHandle' });
    const other = await buildOrganization(app.dataSource);
    const elsewhere = visitor(app, `${other.slug}.localhost`);
    expect(codes(await claimPortal(elsewhere, started.waitingHandle))).toEqual(['BAD_USER_INPUT']);
    expect(await sessionsOf(email)).toBe(0);

    await app.dataSource.query(`UPDATE sign_in_tokens SET expires_at = now() - interval '1 second' WHERE email = $1`, [email]);
    expect(fieldOf(await claimPortal(device, started.waitingHandle))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'waitingHandle' });
    expect(await sessionsOf(email)).toBe(0);
  });

  it('an expired link can no longer be approved', async () => {
    const email = 'late@example.test';
    const { started, token } = await startWaiting(email);
    const { pending } = await openElsewhere(token);
    await app.dataSource.query(`UPDATE sign_in_tokens SET expires_at = now() - interval '1 second' WHERE email = $1`, [email]);
    expect((await answer(pending, String(started.matchNumber))).status).toBe(400);
    expect(await tokenRow(email)).toMatchObject({ approval: null });
  });
});

describe('agents', () => {
  async function agentWaiting(email: string): Promise<{ device: Caller; started: Started; token: string }> {
    const device = visitor(app, 'localhost');
    const started = ok(await device.gql<{ requestAgentSignIn: Started }>(REQUEST_AGENT, { workspace: org.slug, email })).requestAgentSignIn;
    return { device, started, token: (await latestSignInMail(app, email)).token };
  }
  const claimAgent = (device: Caller, waitingHandle: string, totp?: string) =>
    device.gql<{ claimAgentSignIn: Claim }>(CLAIM_AGENT, { workspace: org.slug, waitingHandle, totp });
  const agentSessions = async (id: string) =>
    (await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM sessions WHERE agent_id = $1`, [id]))[0].n;

  it('an agent is signed in on the waiting device once the link is approved elsewhere', async () => {
    const agent = await buildAgent(app.dataSource, { organizationId: org.id });
    const { device, started, token } = await agentWaiting(agent.email);
    const { page, pending } = await openElsewhere(token, 'localhost');
    expect(choicesOn(page)).toContain(started.matchNumber);
    await answer(pending, String(started.matchNumber), 'localhost');
    expect(ok(await claimAgent(device, started.waitingHandle)).claimAgentSignIn).toEqual({ status: 'SIGNED_IN', returnPath: '/agent/' });
    expect(ok(await device.gql<{ viewer: { kind: string } }>(VIEWER)).viewer.kind).toBe('AGENT');
    expect(await agentSessions(agent.id)).toBe(1);
  });

  it('with two-step verification, the claiming device must give the authenticator code before a session exists', async () => {
    const secret = generateTotpSecret();
    const agent = await buildAgent(app.dataSource, { organizationId: org.id, totpSecret: secret, totpEnabledAt: new Date() });
    const { device, started, token } = await agentWaiting(agent.email);
    const { pending } = await openElsewhere(token, 'localhost');
    // The approving device is never asked for the second factor: it does not sign in.
    expect((await answer(pending, String(started.matchNumber), 'localhost')).text).toContain('Sign-in approved');

    expect(codes(await claimAgent(device, started.waitingHandle))).toEqual(['TOTP_REQUIRED']);
    const step = totpStep(new Date());
    const wrong = await claimAgent(device, started.waitingHandle, totpCode(secret, step + 5));
    expect(wrong.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totp' });
    expect(await agentSessions(agent.id)).toBe(0);

    const right = await claimAgent(device, started.waitingHandle, totpCode(secret, step));
    expect(ok(right).claimAgentSignIn.status).toBe('SIGNED_IN');
    expect(await agentSessions(agent.id)).toBe(1);
    expect(codes(await claimAgent(device, started.waitingHandle, totpCode(secret, step + 1)))).toEqual(['BAD_USER_INPUT']);
  });

  it('a portal handle never claims in the agent app, nor the reverse', async () => {
    const agent = await buildAgent(app.dataSource, { organizationId: org.id });
    await buildContact(app.dataSource, { organizationId: org.id, email: agent.email });
    const { device: agentDevice, started: agentStarted, token: agentToken } = await agentWaiting(agent.email);
    await answer((await openElsewhere(agentToken, 'localhost')).pending, String(agentStarted.matchNumber), 'localhost');
    const portalDevice = visitor(app, portal);
    expect(codes(await claimPortal(portalDevice, agentStarted.waitingHandle))).toEqual(['BAD_USER_INPUT']);
    expect(ok(await claimAgent(agentDevice, agentStarted.waitingHandle)).claimAgentSignIn.status).toBe('SIGNED_IN');
  });
});
