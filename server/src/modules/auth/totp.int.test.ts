import { startTestApp, type TestApp, type TestResponse } from '../../../test/http';
import { buildAgent } from '../../../test/factories';
import { cookieFrom, latestSignInMail, REQUEST_AGENT, REQUEST_PORTAL, VERIFY_PORTAL } from '../../../test/sign-in';
import { Organization } from '../organizations/organization.entity';
import { base32Encode, totpCode, totpStep } from './totp';

const VERIFY_AGENT_TOTP = `mutation ($workspace: String!, $email: String!, $code: String!, $totp: String) {
  verifyAgentSignInCode(input: { workspace: $workspace, email: $email, code: $code, totp: $totp }) { returnPath } }`;
const START = `mutation { startTotpEnrollment { secret otpauthUri } }`;
const CONFIRM = `mutation ($code: String!) { confirmTotpEnrollment(code: $code) }`;
const DISABLE = `mutation ($code: String!) { disableTotp(code: $code) }`;
const TOTP_ENABLED = `{ viewer { agent { totpEnabled } } }`;

let app: TestApp;
let acmeId: string;
beforeAll(async () => {
  app = await startTestApp();
  acmeId = (await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' })).id;
});
afterAll(() => app.close());
beforeEach(() => app.dataSource.query('DELETE FROM rate_limit_hits'));

/**
 * The code an authenticator app shows at the step each test starts in, or `offset` steps away. Fixed
 * per test, so a test that crosses a 30-second boundary still means the same codes (the server
 * accepts one step either side).
 */
let startStep = totpStep(new Date());
beforeEach(() => {
  startStep = totpStep(new Date());
});
const codeNow = (secret: string, offset = 0) => totpCode(secret, startStep + offset);

/** A new Acme agent; with `secret`, two-step verification is already on. */
async function newAgent(secret?: string): Promise<string> {
  const agent = await buildAgent(app.dataSource, {
    organizationId: acmeId,
    ...(secret ? { totpSecret: secret, totpEnabledAt: new Date() } : {}),
  });
  return agent.email;
}

/** The waiting handle cookie of the newest request: confirmLink opens links in the browser that asked. */
let waitingCookie = '';

async function emailCode(email: string): Promise<string> {
  const res = await app.graphql(REQUEST_AGENT, { workspace: 'acme', email }, { host: 'localhost' });
  expect(res.body.errors).toBeUndefined();
  waitingCookie = cookieFrom(res, 'ac_signin_waiting') ?? '';
  return (await latestSignInMail(app, email)).code;
}

function verify(email: string, code: string, totp?: string) {
  return app.graphql(VERIFY_AGENT_TOTP, { workspace: 'acme', email, code, totp }, { host: 'localhost' });
}

async function agentSession(email: string): Promise<string> {
  const res = await verify(email, await emailCode(email));
  expect(res.body.errors).toBeUndefined();
  return `ac_session=${cookieFrom(res, 'ac_session')}`;
}

const errorOf = (res: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => res.body.errors?.[0]?.extensions;

/** Opens a link and posts its confirm form, optionally with an authenticator code, like the browser that asked for it. */
async function confirmLink(token: string, totp?: string): Promise<{ page: TestResponse; confirm: TestResponse; session: string | null }> {
  const open = await app.request(`/auth/confirm?token=${token}`, { host: 'localhost' });
  const cookie = `ac_signin=${cookieFrom(open, 'ac_signin') ?? ''}; ac_signin_waiting=${waitingCookie}`;
  const page = await app.request('/auth/confirm', { host: 'localhost', headers: { cookie } });
  const confirm = await app.request('/auth/confirm', {
    method: 'POST',
    host: 'localhost',
    headers: { cookie, origin: `http://localhost:${app.port}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: totp === undefined ? '' : `totp=${encodeURIComponent(totp)}`,
  });
  return { page, confirm, session: cookieFrom(confirm, 'ac_session') };
}

async function tokenState(email: string): Promise<{ consumed_at: Date | null; code_attempts: number }> {
  const [row] = await app.dataSource.query(
    `SELECT consumed_at, code_attempts FROM sign_in_tokens WHERE email = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return row;
}

describe('two-step verification (TOTP) for agents', () => {
  it('an agent turns it on with a code from their app, and off again with another', async () => {
    const email = await newAgent();
    const cookie = await agentSession(email);
    const opts = { host: 'localhost', cookie };
    expect((await app.graphql(TOTP_ENABLED, {}, opts)).body.data).toEqual({ viewer: { agent: { totpEnabled: false } } });

    const started = await app.graphql<{ startTotpEnrollment: { secret: string; otpauthUri: string } }>(START, {}, opts);
    const { secret, otpauthUri } = started.body.data!.startTotpEnrollment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`otpauth://totp/`);
    expect(otpauthUri).toContain(`secret=${secret}`);
    // Pending until confirmed: sign-in does not ask for it yet.
    expect((await app.graphql(TOTP_ENABLED, {}, opts)).body.data).toEqual({ viewer: { agent: { totpEnabled: false } } });

    const wrong = await app.graphql(CONFIRM, { code: codeNow(secret, 5) }, opts);
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const confirmed = await app.graphql(CONFIRM, { code: codeNow(secret) }, opts);
    expect(confirmed.body).toEqual({ data: { confirmTotpEnrollment: true } });
    expect((await app.graphql(TOTP_ENABLED, {}, opts)).body.data).toEqual({ viewer: { agent: { totpEnabled: true } } });
    expect(errorOf(await app.graphql(START, {}, opts))).toMatchObject({ code: 'CONFLICT' });

    // The code that turned it on cannot turn it off (its step is spent); the next one can.
    expect(errorOf(await app.graphql(DISABLE, { code: codeNow(secret) }, opts))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await app.graphql(DISABLE, { code: codeNow(secret, 1) }, opts)).body).toEqual({ data: { disableTotp: true } });
    expect((await app.graphql(TOTP_ENABLED, {}, opts)).body.data).toEqual({ viewer: { agent: { totpEnabled: false } } });
    const [row] = await app.dataSource.query(`SELECT totp_secret, totp_enabled_at, totp_last_step FROM agents WHERE email = $1`, [email]);
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, totp_last_step: null });
  });

  it('with it on, the email code alone starts no session: TOTP_REQUIRED, then a wrong code is refused', async () => {
    const secret = base32Encode(Buffer.from('a secret of twenty b'));
    const email = await newAgent(secret);
    const code = await emailCode(email);

    const missing = await verify(email, code);
    expect(errorOf(missing)).toMatchObject({ code: 'TOTP_REQUIRED', field: 'totp' });
    expect(cookieFrom(missing, 'ac_session')).toBeNull();
    // Being asked for the second factor neither spends the email code nor uses up an attempt.
    expect(await tokenState(email)).toMatchObject({ consumed_at: null, code_attempts: 0 });

    const wrong = await verify(email, code, codeNow(secret, 5));
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totp' });
    expect(cookieFrom(wrong, 'ac_session')).toBeNull();
    expect(await tokenState(email)).toMatchObject({ consumed_at: null, code_attempts: 1 });

    const right = await verify(email, code, codeNow(secret));
    expect(right.body.errors).toBeUndefined();
    expect(cookieFrom(right, 'ac_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('accepts each authenticator code once', async () => {
    const secret = base32Encode(Buffer.from('another twenty bytes'));
    const email = await newAgent(secret);
    const used = codeNow(secret);
    expect(cookieFrom(await verify(email, await emailCode(email), used), 'ac_session')).not.toBeNull();

    const code = await emailCode(email);
    const replay = await verify(email, code, used);
    expect(errorOf(replay)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'totp' });
    expect(cookieFrom(replay, 'ac_session')).toBeNull();
    expect(cookieFrom(await verify(email, code, codeNow(secret, 1)), 'ac_session')).not.toBeNull();
  });

  it('wrong authenticator codes use up the email code’s attempts', async () => {
    const secret = base32Encode(Buffer.from('twenty more bytes!!!'));
    const email = await newAgent(secret);
    const code = await emailCode(email);
    for (let i = 0; i < 5; i++) expect(errorOf(await verify(email, code, codeNow(secret, 5)))).toMatchObject({ code: 'BAD_USER_INPUT' });
    const late = await verify(email, code, codeNow(secret));
    expect(errorOf(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(cookieFrom(late, 'ac_session')).toBeNull();
  });

  it('the magic link asks for the authenticator code too, and stays usable after a wrong one', async () => {
    const secret = base32Encode(Buffer.from('link path secret 20b'));
    const email = await newAgent(secret);
    await emailCode(email);
    const { token } = await latestSignInMail(app, email);

    const bare = await confirmLink(token);
    expect(bare.page.text).toContain('Authenticator code');
    expect(bare.session).toBeNull();
    expect(bare.confirm.text).toContain('authenticator app');
    expect(await tokenState(email)).toMatchObject({ consumed_at: null, code_attempts: 0 });

    const wrong = await confirmLink(token, codeNow(secret, 5));
    expect(wrong.session).toBeNull();
    expect(wrong.confirm.text).toContain('not right');
    expect(await tokenState(email)).toMatchObject({ consumed_at: null, code_attempts: 1 });

    const right = await confirmLink(token, codeNow(secret));
    expect(right.confirm.status).toBe(303);
    expect(right.session).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('agents without it sign in as before, and the confirm page asks for nothing more', async () => {
    const email = await newAgent();
    const byCode = await verify(email, await emailCode(email));
    expect(cookieFrom(byCode, 'ac_session')).not.toBeNull();
    await emailCode(email);
    const { token } = await latestSignInMail(app, email);
    const link = await confirmLink(token);
    expect(link.page.text).not.toContain('Authenticator code');
    expect(link.session).not.toBeNull();
  });

  it('contacts and visitors cannot call the settings mutations', async () => {
    await app.graphql(REQUEST_PORTAL, { email: 'totp-contact@example.test' });
    const mail = await latestSignInMail(app, 'totp-contact@example.test');
    const signedIn = await app.graphql(VERIFY_PORTAL, { email: 'totp-contact@example.test', code: mail.code });
    const cookie = `ac_session=${cookieFrom(signedIn, 'ac_session')}`;
    for (const [query, variables] of [
      [START, {}],
      [CONFIRM, { code: '123456' }],
      [DISABLE, { code: '123456' }],
    ] as const) {
      const asContact = await app.graphql(query, variables, { cookie });
      expect(asContact.body.data ?? null).toBeNull();
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorOf(asContact)?.code);
      const anonymous = await app.graphql(query, variables, { host: 'localhost' });
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorOf(anonymous)?.code);
    }
  });
});
