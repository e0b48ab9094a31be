import { startTestApp, type TestApp } from '../../../test/http';
import { SIGN_IN_LIMITS } from './rate-limiter';
import { REQUEST_PORTAL } from '../../../test/sign-in';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('sign-in rate limits', () => {
  it(`allows ${SIGN_IN_LIMITS.linkPerEmail.max} links an hour per email, then answers RATE_LIMITED without sending`, async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.linkPerEmail.max; i++) {
      const ok = await app.graphql(REQUEST_PORTAL, { email: 'limited@example.test' });
      expect(ok.body.errors).toBeUndefined();
    }
    const limited = await app.graphql(REQUEST_PORTAL, { email: 'limited@example.test' });
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.body.errors?.[0]?.message).toMatch(/try again in \d+ minute/);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM outgoing_emails WHERE to_address = 'limited@example.test'`,
    );
    expect(count).toBe(SIGN_IN_LIMITS.linkPerEmail.max);
  });

  it(`limits one IP to ${SIGN_IN_LIMITS.linkPerIp.max} links an hour across different emails`, async () => {
    await app.dataSource.query(`DELETE FROM rate_limit_hits`);
    const answers: (string | undefined)[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.linkPerIp.max; i++) {
      const res = await app.graphql(
        REQUEST_PORTAL,
        { email: `ip${i}@example.test` },
        { host: i % 2 ? 'acme.localhost' : 'globex.localhost' },
      );
      answers.push(res.body.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(answers.slice(0, SIGN_IN_LIMITS.linkPerIp.max).every((c) => c === undefined)).toBe(true);
    expect(answers[SIGN_IN_LIMITS.linkPerIp.max]).toBe('RATE_LIMITED');
  });

  it('limits code attempts per IP', async () => {
    await app.dataSource.query(`DELETE FROM rate_limit_hits`);
    let last: unknown;
    for (let i = 0; i <= SIGN_IN_LIMITS.codePerIp.max; i++) {
      const res = await app.graphql(
        `mutation { verifyPortalSignInCode(input: { email: "nobody@example.test", code: "123456" }) { returnPath } }`,
      );
      last = res.body.errors?.[0]?.extensions?.code;
    }
    expect(last).toBe('RATE_LIMITED');
  });

  it('limits per organization as a ceiling', async () => {
    await app.dataSource.query(`DELETE FROM rate_limit_hits`);
    const [{ id }] = await app.dataSource.query(`SELECT id FROM organizations WHERE slug = 'acme'`);
    const window = Math.floor(Date.now() / SIGN_IN_LIMITS.linkPerOrganization.windowMs) * SIGN_IN_LIMITS.linkPerOrganization.windowMs;
    await app.dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, $3)`, [
      `signin:org:${id}`,
      new Date(window),
      SIGN_IN_LIMITS.linkPerOrganization.max,
    ]);
    const res = await app.graphql(REQUEST_PORTAL, { email: 'org-ceiling@example.test' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const other = await app.graphql(REQUEST_PORTAL, { email: 'org-ceiling@example.test' }, { host: 'globex.localhost' });
    expect(other.body.errors).toBeUndefined();
  });
});
