import { startTestApp, type TestApp } from '../../../test/http';
import {
  cookieFrom,
  followLink,
  graphqlFrom as graphqlFromAddress,
  latestSignInMail,
  REQUEST_AGENT,
  REQUEST_PORTAL,
  VERIFY_PORTAL,
  type Answer,
} from '../../../test/sign-in';
import { Organization } from '../organizations/organization.entity';
import { SIGN_IN_LIMITS } from './rate-limiter';
import type { SignInTarget } from './sign-in.service';

// Issue 10.4–6: what a stranger must not be able to do to someone else's sign-in.

let app: TestApp;
let acme: Organization;
beforeAll(async () => {
  app = await startTestApp();
  acme = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
});
afterAll(() => app.close());
beforeEach(() => app.dataSource.query('DELETE FROM rate_limit_hits'));

const graphqlFrom = (localAddress: string, query: string, variables: Record<string, unknown>, host = 'acme.localhost') =>
  graphqlFromAddress(app, localAddress, query, variables, host);

const portal = (): SignInTarget => ({ organization: acme, purpose: 'portal' });
const mailCount = async (like: string): Promise<number> =>
  (await app.dataSource.query(`SELECT count(*)::int AS count FROM outgoing_emails WHERE to_address LIKE $1`, [like]))[0].count;

describe('an organization cannot be locked out by portal traffic (10.4)', () => {
  it("when the portal's organization-wide budget is spent, agents still sign in and portal requests are asked for a proof of work, with no mail", async () => {
    const window = Math.floor(Date.now() / SIGN_IN_LIMITS.linkPerOrganization.windowMs) * SIGN_IN_LIMITS.linkPerOrganization.windowMs;
    await app.dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, $3)`, [
      `signin:org:${acme.id}`,
      new Date(window),
      SIGN_IN_LIMITS.linkPerOrganization.max,
    ]);
    const agent = await graphqlFrom('127.0.0.1', REQUEST_AGENT, { workspace: 'acme', email: 'admin@acme.test' }, 'localhost');
    expect(agent.errors).toBeUndefined();
    await expect(latestSignInMail(app, 'admin@acme.test')).resolves.toBeTruthy();

    const busy = await graphqlFrom('127.0.0.1', REQUEST_PORTAL, { email: 'busy@example.test' });
    // What a proof of work unlocks is shown in sign-in-proof-of-work.int.test.ts.
    expect(busy.errors?.[0]?.extensions?.code).toBe('PROOF_OF_WORK_REQUIRED');
    expect(await mailCount('busy@example.test')).toBe(0);
  });

  it('counts IPv6 addresses per /64, so one subscriber cannot rotate addresses past the per-IP limit', async () => {
    const answers: string[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.linkPerIp.max; i++) {
      const ip = `2001:db8:aa:bb::${(i + 1).toString(16)}`;
      answers.push(
        await app.services.auth.signIn.request(portal(), { email: `v6-${i}@example.test`, ip }).then(
          () => 'ok',
          (e: { code?: string }) => e.code ?? 'error',
        ),
      );
    }
    expect(answers.slice(0, SIGN_IN_LIMITS.linkPerIp.max).every((a) => a === 'ok')).toBe(true);
    expect(answers[SIGN_IN_LIMITS.linkPerIp.max]).toBe('RATE_LIMITED');
    // Another /64 has its own budget.
    await expect(
      app.services.auth.signIn.request(portal(), { email: 'v6-other@example.test', ip: '2001:db8:aa:cc::1' }),
    ).resolves.toMatchObject({ message: expect.stringMatching(/If v6-other@example\.test can sign in/) });
  });

  it('emails at most a capped number of addresses that are not contacts yet, with the same answer, and known contacts still get mail', async () => {
    const cap = SIGN_IN_LIMITS.newContactMailPerOrganization.max;
    const messages = new Set<string>();
    for (let i = 0; i < cap + 5; i++) {
      const email = `stranger-${i}@spray.test`;
      const { message } = await app.services.auth.signIn.request(portal(), { email, ip: `198.51.100.${i}` });
      messages.add(message.replace(email, '<email>'));
    }
    expect(messages.size).toBe(1);
    expect(await mailCount('%@spray.test')).toBe(cap);
    await app.services.auth.signIn.request(portal(), { email: 'road@runner.test', ip: '198.51.100.200' });
    expect(await mailCount('road@runner.test')).toBeGreaterThan(0);
  });
});

describe('one account cannot be locked out by a stranger (10.5)', () => {
  it("a stranger's requests for the owner's email neither block the owner's next request nor void the owner's link", async () => {
    const email = 'victim@example.test';
    expect((await graphqlFrom('127.0.0.2', REQUEST_PORTAL, { email })).errors).toBeUndefined();
    const owners = await latestSignInMail(app, email);
    let stranger: Answer | null = null;
    for (let i = 0; i <= SIGN_IN_LIMITS.linkPerEmailAndIp.max; i++) stranger = await graphqlFrom('127.0.0.3', REQUEST_PORTAL, { email });
    expect(stranger?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    expect((await followLink(app, 'acme.localhost', owners.token)).session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await graphqlFrom('127.0.0.2', REQUEST_PORTAL, { email })).errors).toBeUndefined();
  });

  it("the owner's typed code still works after a stranger asked for a newer link, and signing in spends the stranger's", async () => {
    const email = 'victim-code@example.test';
    await graphqlFrom('127.0.0.4', REQUEST_PORTAL, { email });
    const owners = await latestSignInMail(app, email);
    await graphqlFrom('127.0.0.5', REQUEST_PORTAL, { email });
    const strangers = await latestSignInMail(app, email);
    expect(strangers.token).not.toBe(owners.token);

    const ok = await app.graphql(VERIFY_PORTAL, { email, code: owners.code });
    expect(ok.body.errors).toBeUndefined();
    expect(cookieFrom(ok, 'ac_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await followLink(app, 'acme.localhost', strangers.token)).session).toBeNull();
  });

  it('a new link asked for from the same network still voids the earlier one', async () => {
    const email = 'same-network@example.test';
    await graphqlFrom('127.0.0.6', REQUEST_PORTAL, { email });
    const first = await latestSignInMail(app, email);
    await graphqlFrom('127.0.0.6', REQUEST_PORTAL, { email });
    const second = await latestSignInMail(app, email);
    expect((await followLink(app, 'acme.localhost', first.token)).session).toBeNull();
    expect((await followLink(app, 'acme.localhost', second.token)).session).not.toBeNull();
  });
});

describe('the confirm step checks the whole origin (10.6)', () => {
  async function confirmWith(host: string, token: string, origin: string) {
    const open = await app.request(`/auth/confirm?token=${token}`, { host });
    return app.request('/auth/confirm', {
      method: 'POST',
      host,
      headers: { cookie: `ac_signin=${cookieFrom(open, 'ac_signin')}`, origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
  }

  it('refuses a confirming POST from another port or scheme of the same host name, on a portal and in the agent app', async () => {
    await app.graphql(REQUEST_PORTAL, { email: 'origin@example.test' });
    const mail = await latestSignInMail(app, 'origin@example.test');
    for (const origin of ['http://acme.localhost:1', `https://acme.localhost:${app.port}`, 'http://acme.localhost']) {
      const res = await confirmWith('acme.localhost', mail.token, origin);
      expect(res.status).toBe(403);
      expect(cookieFrom(res, 'ac_session')).toBeNull();
    }
    expect((await confirmWith('acme.localhost', mail.token, `http://acme.localhost:${app.port}`)).status).toBe(303);

    await app.graphql(REQUEST_AGENT, { workspace: 'acme', email: 'agent@acme.test' }, { host: 'localhost' });
    const agentMail = await latestSignInMail(app, 'agent@acme.test');
    expect((await confirmWith('localhost', agentMail.token, 'http://localhost:1')).status).toBe(403);
    expect((await confirmWith('localhost', agentMail.token, `http://localhost:${app.port}`)).status).toBe(303);
  });
});
