import { startTestApp, type TestApp } from '../../../test/http';
import { Organization } from '../organizations/organization.entity';
import { SIGN_IN_LIMITS } from './rate-limiter';
import { REQUEST_PORTAL } from '../../../test/sign-in';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('sign-in rate limits', () => {
  it(`allows ${SIGN_IN_LIMITS.linkPerEmailAndIp.max} links an hour per email from one address, then answers RATE_LIMITED without sending`, async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.linkPerEmailAndIp.max; i++) {
      const ok = await app.graphql(REQUEST_PORTAL, { email: 'limited@example.test' });
      expect(ok.body.errors).toBeUndefined();
    }
    const limited = await app.graphql(REQUEST_PORTAL, { email: 'limited@example.test' });
    expect(limited.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.body.errors?.[0]?.message).toMatch(/try again in \d+ minute/);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM outgoing_emails WHERE to_address = 'limited@example.test'`,
    );
    expect(count).toBe(SIGN_IN_LIMITS.linkPerEmailAndIp.max);
  });

  it(`caps one email at ${SIGN_IN_LIMITS.linkPerEmail.max} links an hour from all addresses together`, async () => {
    await app.dataSource.query(`DELETE FROM rate_limit_hits`);
    const organization = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
    const target = { organization, purpose: 'portal' as const };
    const answers: string[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.linkPerEmail.max; i++) {
      const input = { email: 'flooded@example.test', ip: `203.0.113.${i}` };
      answers.push(
        await app.services.auth.signIn.request(target, input).then(
          () => 'ok',
          (e: { code?: string }) => e.code ?? 'error',
        ),
      );
    }
    expect(answers.slice(0, SIGN_IN_LIMITS.linkPerEmail.max).every((a) => a === 'ok')).toBe(true);
    expect(answers[SIGN_IN_LIMITS.linkPerEmail.max]).toBe('RATE_LIMITED');
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

  it('slides the window: twice the limit cannot pass around a window edge', async () => {
    const limit = { max: 5, windowMs: 60_000 };
    const edge = Math.ceil(Date.now() / limit.windowMs) * limit.windowMs;
    const at = (ms: number) => new Date(edge + ms);
    for (let i = 0; i < limit.max; i++) await app.services.auth.rateLimiter.hit([{ key: 'edge-test', limit }], at(-1_000));
    // A fixed window would start counting from zero here.
    await expect(app.services.auth.rateLimiter.hit([{ key: 'edge-test', limit }], at(1_000))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // Once most of the earlier window has slid out, hits pass again.
    await expect(app.services.auth.rateLimiter.hit([{ key: 'edge-test', limit }], at(limit.windowMs - 1_000))).resolves.toBeUndefined();
  });

  it('limits per organization as a ceiling: past it, that portal asks for a proof of work and another portal does not', async () => {
    await app.dataSource.query(`DELETE FROM rate_limit_hits`);
    const [{ id }] = await app.dataSource.query(`SELECT id FROM organizations WHERE slug = 'acme'`);
    const window = Math.floor(Date.now() / SIGN_IN_LIMITS.linkPerOrganization.windowMs) * SIGN_IN_LIMITS.linkPerOrganization.windowMs;
    await app.dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, $3)`, [
      `signin:org:${id}`,
      new Date(window),
      SIGN_IN_LIMITS.linkPerOrganization.max,
    ]);
    const res = await app.graphql(REQUEST_PORTAL, { email: 'org-ceiling@example.test' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('PROOF_OF_WORK_REQUIRED');
    const other = await app.graphql(REQUEST_PORTAL, { email: 'org-ceiling@example.test' }, { host: 'globex.localhost' });
    expect(other.body.errors).toBeUndefined();
  });
});
