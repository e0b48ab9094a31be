import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { fakePostmarkReplies, startFakePostmark, type FakePostmark } from '../../../test/fake-postmark';
import { emailRow, outboxOrganization, queueEmail, silentLog } from '../../../test/outbox';
import { CrossTenantData } from '../../db/cross-tenant';
import { TenantData } from '../../db/tenant';
import { createPostmarkTransport } from '../mail/postmark-transport';
import { enqueueEmail } from './outbox.service';
import { backoffDelayMs, OUTBOX_POLICY, OutboxWorker } from './outbox.worker';

let database: TestDatabase;
let postmark: FakePostmark;
let worker: OutboxWorker;
let tenant: TenantData;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  postmark = await startFakePostmark();
  const transport = createPostmarkTransport({ serverToken: postmark.serverToken, apiUrl: postmark.url, timeoutMs: 300 });
  worker = new OutboxWorker(new CrossTenantData(database.dataSource), transport, silentLog);
  tenant = new TenantData(database.dataSource);
  organizationId = await outboxOrganization(database.dataSource);
});
afterAll(async () => {
  await postmark.close();
  await database.close();
});
beforeEach(async () => {
  await database.dataSource.query('DELETE FROM outgoing_emails');
  postmark.respondWith(() => undefined);
});

const queue = (to: string) => queueEmail(database.dataSource, organizationId, { to });
const row = (id: string) => emailRow(database.dataSource, id);
/** Runs a round as if `ms` had passed, so a rescheduled message is due again. */
const roundAfter = (ms: number) => worker.runOnce(new Date(Date.now() + ms));

describe('the mail outbox', () => {
  it('delivers a queued email through Postmark and records the provider id', async () => {
    const id = await queue('ann@example.test');
    expect(await worker.runOnce()).toBe(1);
    const sent = await row(id);
    expect(sent.status).toBe('sent');
    expect(sent.providerMessageId).toEqual(expect.any(String));
    expect(postmark.requests.at(-1)?.body).toMatchObject({ To: 'ann@example.test', Subject: 'Hello' });
  });

  it.each([
    ['429', fakePostmarkReplies.rateLimited()],
    ['500', fakePostmarkReplies.serverError()],
    ['503', fakePostmarkReplies.unavailable()],
    ['a timeout', fakePostmarkReplies.hang()],
  ])('keeps the email and retries with backoff after %s, then delivers once Postmark recovers', async (_label, reply) => {
    const id = await queue('retry@example.test');
    postmark.respondWith(() => reply);
    await worker.runOnce();
    const waiting = await row(id);
    expect(waiting.status).toBe('queued');
    expect(waiting.attempts).toBe(1);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + backoffDelayMs(1) - 2000);
    // Not due yet: a round now does nothing.
    expect(await worker.runOnce()).toBe(0);
    postmark.respondWith(() => undefined);
    await roundAfter(backoffDelayMs(1) + 1000);
    expect((await row(id)).status).toBe('sent');
  });

  it.each([
    ['406 (inactive recipient)', fakePostmarkReplies.inactiveRecipient('gone@example.test')],
    ['422 (invalid request)', fakePostmarkReplies.invalidRequest()],
  ])('never retries %s: the email is marked failed with the reason', async (_label, reply) => {
    const id = await queue('gone@example.test');
    postmark.respondWith(() => reply);
    await worker.runOnce();
    const failed = await row(id);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toBeTruthy();
    const before = postmark.requests.length;
    await roundAfter(OUTBOX_POLICY.maxDelayMs * 2);
    expect(postmark.requests.length).toBe(before);
  });

  it(`gives up after ${OUTBOX_POLICY.maxAttempts} failed attempts`, async () => {
    const id = await queue('flaky@example.test');
    postmark.respondWith(() => fakePostmarkReplies.serverError());
    for (let i = 0; i < OUTBOX_POLICY.maxAttempts; i++) await roundAfter(OUTBOX_POLICY.maxDelayMs * (i + 1) + 1000);
    const final = await row(id);
    expect(final.attempts).toBe(OUTBOX_POLICY.maxAttempts);
    expect(final.status).toBe('failed');
  });

  it('sends nothing for an email whose transaction rolled back', async () => {
    await expect(
      tenant.run(organizationId, async (tx) => {
        await enqueueEmail(tx, {
          to: 'never@example.test',
          from: 'a@acme.test',
          fromName: null,
          subject: 'x',
          html: 'x',
          text: 'x',
          tag: 'test',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await worker.runOnce()).toBe(0);
  });

  it('claims each email once even when two rounds run at the same time', async () => {
    const ids = await Promise.all([queue('a@example.test'), queue('b@example.test'), queue('c@example.test')]);
    const before = postmark.requests.length;
    const [x, y] = await Promise.all([worker.runOnce(), worker.runOnce()]);
    expect(x + y).toBe(3);
    expect(postmark.requests.length - before).toBe(3);
    for (const id of ids) expect((await row(id)).status).toBe('sent');
  });
});
