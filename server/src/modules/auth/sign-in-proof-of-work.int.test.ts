import { createHash } from 'node:crypto';
import { leadingZeroBits, proofOfWorkInput, solveProofOfWork } from '@actionconnect/shared';
import { buildAgent, buildContact, buildOrganization } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import { graphqlFrom, latestSignInMail, REQUEST_AGENT, type Answer } from '../../../test/sign-in';
import type { Organization } from '../organizations/organization.entity';
import { PROOF_OF_WORK } from './proof-of-work';
import { SIGN_IN_LIMITS } from './rate-limiter';

// Issue 10.4: past an organization's portal budget, sign-in costs the asker some CPU instead of
// being refused, so a flood slows strangers down without locking anybody out.

const REQUEST_PORTAL_WITH_PROOF = `mutation ($email: String!, $proofOfWork: ProofOfWorkInput) {
  requestPortalSignIn(input: { email: $email, proofOfWork: $proofOfWork }) { message }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app?.close());
beforeEach(() => app.dataSource.query('DELETE FROM rate_limit_hits'));

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();
const solve = (challenge: string, difficulty: number): Promise<string> =>
  solveProofOfWork(challenge, difficulty, sha256, { batchSize: 4096, pause: () => Promise.resolve() });

/** Fills the organization's portal budget `times` over (with a margin, so a window edge mid-test changes nothing). */
async function spendPortalBudget(organization: Organization, times = 1): Promise<void> {
  const { max, windowMs } = SIGN_IN_LIMITS.linkPerOrganization;
  await app.dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, count) VALUES ($1, $2, $3)`, [
    `signin:org:${organization.id}`,
    new Date(Math.floor(Date.now() / windowMs) * windowMs),
    max * times + 10,
  ]);
}

/** A portal whose organization-wide sign-in budget is already spent. */
async function busyPortal(): Promise<Organization> {
  const organization = await buildOrganization(app.dataSource);
  await spendPortalBudget(organization);
  return organization;
}

let lastAddress = 10;
/** Each request from its own loopback address, so the per-network limit is not what answers. */
const ask = (organization: Organization, email: string, proofOfWork?: { challenge: string; solution: string }): Promise<Answer> =>
  graphqlFrom(app, `127.0.1.${lastAddress++ % 250}`, REQUEST_PORTAL_WITH_PROOF, { email, proofOfWork }, `${organization.slug}.localhost`);

const errorOf = (answer: Answer) => answer.errors?.[0];

/** Asks without a proof and returns the challenge the portal answers with. */
async function challengeFor(organization: Organization, email: string): Promise<{ challenge: string; difficulty: number }> {
  const extensions = errorOf(await ask(organization, email))?.extensions ?? {};
  expect(extensions.code).toBe('PROOF_OF_WORK_REQUIRED');
  return { challenge: String(extensions.challenge), difficulty: Number(extensions.difficulty) };
}

const mailCount = async (to: string): Promise<number> =>
  (await app.dataSource.query(`SELECT count(*)::int AS count FROM outgoing_emails WHERE to_address = $1`, [to]))[0].count;

/** A refusal as the API should give it: BAD_USER_INPUT about the proof, no stack trace, no mail. */
async function expectRefused(answer: Answer, email: string): Promise<void> {
  expect(errorOf(answer)?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errorOf(answer)?.extensions?.field).toBe('proofOfWork');
  expect(errorOf(answer)?.extensions?.stacktrace).toBeUndefined();
  expect(await mailCount(email)).toBe(0);
}

describe('past the organization-wide portal budget, sign-in asks for a proof of work (10.4)', () => {
  it('answers PROOF_OF_WORK_REQUIRED with a challenge of 18 bits and sends nothing, the same for a known and an unknown email', async () => {
    const organization = await busyPortal();
    const known = await buildContact(app.dataSource, { organizationId: organization.id });
    const forKnown = errorOf(await ask(organization, known.email));
    const forUnknown = errorOf(await ask(organization, 'nobody@example.test'));
    for (const error of [forKnown, forUnknown]) {
      expect(error?.extensions).toEqual({ code: 'PROOF_OF_WORK_REQUIRED', challenge: expect.any(String), difficulty: 18 });
    }
    expect(forKnown?.message).toBe(forUnknown?.message);
    expect(await mailCount(known.email)).toBe(0);
    expect(await mailCount('nobody@example.test')).toBe(0);
  });

  it('asks for more work the further past the budget the organization is, up to 22 bits', async () => {
    const organization = await buildOrganization(app.dataSource);
    await spendPortalBudget(organization, 4);
    expect((await challengeFor(organization, 'four-times@example.test')).difficulty).toBe(20);
    await app.dataSource.query(`UPDATE rate_limit_hits SET count = $2 WHERE key = $1`, [
      `signin:org:${organization.id}`,
      SIGN_IN_LIMITS.linkPerOrganization.max * 1000,
    ]);
    expect((await challengeFor(organization, 'flood@example.test')).difficulty).toBe(PROOF_OF_WORK.maxDifficulty);
  });

  it('sends the link for a solved challenge, once: the same proof again is refused', async () => {
    const organization = await busyPortal();
    const email = 'solver@example.test';
    const { challenge, difficulty } = await challengeFor(organization, email);
    const solution = await solve(challenge, difficulty);

    expect((await ask(organization, email, { challenge, solution })).errors).toBeUndefined();
    expect((await latestSignInMail(app, email)).token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await expectRefused(await ask(organization, email, { challenge, solution }), 'nobody-else@example.test');
    expect(await mailCount(email)).toBe(1);
  });

  it('refuses a proof for another organization or another email, and those refusals do not spend it', async () => {
    const organization = await busyPortal();
    const other = await busyPortal();
    const email = 'bound@example.test';
    const { challenge, difficulty } = await challengeFor(organization, email);
    const solution = await solve(challenge, difficulty);

    await expectRefused(await ask(other, email, { challenge, solution }), email);
    await expectRefused(await ask(organization, 'someone-else@example.test', { challenge, solution }), 'someone-else@example.test');
    expect((await ask(organization, email, { challenge, solution })).errors).toBeUndefined();
    expect(await mailCount(email)).toBe(1);
  });

  it('refuses an expired challenge, one made easier, a solution short of the difficulty, and garbage', async () => {
    const organization = await busyPortal();
    const email = 'cheater@example.test';

    const stale = app.services.auth.proofOfWork.issue(
      organization.id,
      email,
      PROOF_OF_WORK.baseDifficulty,
      new Date(Date.now() - PROOF_OF_WORK.ttlMs - 1000),
    );
    const expired = await ask(organization, email, {
      challenge: stale.challenge,
      solution: await solve(stale.challenge, stale.difficulty),
    });
    await expectRefused(expired, email);
    expect(errorOf(expired)?.message).toMatch(/took too long/);

    const { challenge, difficulty } = await challengeFor(organization, email);
    const easier = challenge.replace(`.${difficulty}.`, '.8.');
    await expectRefused(await ask(organization, email, { challenge: easier, solution: await solve(easier, 8) }), email);

    // A counter with 8 or more zero bits but fewer than asked for.
    const bitsOf = (n: number) => leadingZeroBits(sha256(proofOfWorkInput(challenge, String(n))));
    let weak = 0;
    while (bitsOf(weak) < 8 || bitsOf(weak) >= difficulty) weak++;
    await expectRefused(await ask(organization, email, { challenge, solution: String(weak) }), email);

    await expectRefused(await ask(organization, email, { challenge: 'not-a-challenge', solution: '12' }), email);
    await expectRefused(await ask(organization, email, { challenge, solution: 'not digits' }), email);
  });

  it('lets a solved request past the organization budget only: the per-email-and-network limit still refuses it', async () => {
    const organization = await busyPortal();
    const email = 'still-limited@example.test';
    const { challenge, difficulty } = await challengeFor(organization, email);
    const solution = await solve(challenge, difficulty);
    const address = '127.0.2.1';
    const variables = { email, proofOfWork: { challenge, solution } };
    const host = `${organization.slug}.localhost`;
    for (let i = 0; i < SIGN_IN_LIMITS.linkPerEmailAndIp.max; i++)
      await graphqlFrom(app, address, REQUEST_PORTAL_WITH_PROOF, { email }, host);

    const limited = await graphqlFrom(app, address, REQUEST_PORTAL_WITH_PROOF, variables, host);
    expect(errorOf(limited)?.extensions?.code).toBe('RATE_LIMITED');
    expect(await mailCount(email)).toBe(0);
    // Refused before the proof was looked at, so it still works from elsewhere.
    expect((await graphqlFrom(app, '127.0.2.2', REQUEST_PORTAL_WITH_PROOF, variables, host)).errors).toBeUndefined();
  });

  it('never asks agents for a proof: they sign in while the portal budget is spent', async () => {
    const organization = await busyPortal();
    const agent = await buildAgent(app.dataSource, { organizationId: organization.id });
    const answer = await graphqlFrom(app, '127.0.3.1', REQUEST_AGENT, { workspace: organization.slug, email: agent.email }, 'localhost');
    expect(answer.errors).toBeUndefined();
    expect((await latestSignInMail(app, agent.email)).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('asks nothing below the budget', async () => {
    const organization = await buildOrganization(app.dataSource);
    expect((await ask(organization, 'quiet-day@example.test')).errors).toBeUndefined();
    expect(await mailCount('quiet-day@example.test')).toBe(1);
  });
});
