import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { fakePostmarkReplies, startFakePostmark, type FakePostmark, type ReceivedRequest } from '../../../test/fake-postmark';
import { CrossTenantData } from '../../db/cross-tenant';
import { createPostmarkTransport } from '../mail/postmark-transport';
import { backoffDelayMs, OUTBOX_POLICY, OutboxWorker } from './outbox.worker';
import { emailRow, eventually, FlakyCrossTenant, outboxOrganization, queueEmail, silentLog } from '../../../test/outbox';

// Fault tests of issue 10: database blips, a slow or hanging Postmark, its Retry-After, and two instances.

let database: TestDatabase;
let postmark: FakePostmark;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  postmark = await startFakePostmark();
  organizationId = await outboxOrganization(database.dataSource);
});
afterAll(async () => {
  await postmark.close();
  await database.close();
});
beforeEach(async () => {
  await database.dataSource.query('DELETE FROM outgoing_emails');
  postmark.requests.length = 0;
  postmark.respondWith(() => undefined);
});

const transport = (timeoutMs = 2_000) => createPostmarkTransport({ serverToken: postmark.serverToken, apiUrl: postmark.url, timeoutMs });
const queue = (to: string, tag = 'test') => queueEmail(database.dataSource, organizationId, { to, tag });
const row = (id: string) => emailRow(database.dataSource, id);
const field = (r: ReceivedRequest, name: string): unknown => (r.body as Record<string, unknown>)[name];
const sendsTo = (fake: FakePostmark, to: string) => fake.requests.filter((r) => field(r, 'To') === to).length;

describe('a database blip after a send (issue 10.8)', () => {
  it('writes the delivery down again until it sticks: the email is sent once, and the rest of the batch does not wait', async () => {
    const flaky = new FlakyCrossTenant(database.dataSource);
    const worker = new OutboxWorker(flaky, transport(), silentLog, { recordRetryMs: 20 });
    const blip = await queue('blip@example.test');
    const other = await queue('other@example.test');
    // Postmark accepts the email, and the next three statements die on a dead connection.
    postmark.respondWith((r) => {
      if (field(r, 'To') === 'blip@example.test') flaky.failures = 3;
      return undefined;
    });

    expect(await worker.runOnce()).toBe(2);

    expect((await row(blip)).status).toBe('sent');
    expect((await row(other)).status).toBe('sent');
    // Long after any lease, nothing is due and nothing is sent again.
    expect(await worker.runOnce(new Date(Date.now() + OUTBOX_POLICY.leaseMs * 3))).toBe(0);
    expect(sendsTo(postmark, 'blip@example.test')).toBe(1);
    expect(sendsTo(postmark, 'other@example.test')).toBe(1);
  });

  it('a failed attempt that could not be written down is written down later, not sent again at once', async () => {
    const flaky = new FlakyCrossTenant(database.dataSource);
    const worker = new OutboxWorker(flaky, transport(), silentLog, { recordRetryMs: 20 });
    const id = await queue('down@example.test');
    postmark.respondWith(() => {
      flaky.failures = 2;
      return fakePostmarkReplies.serverError();
    });

    await worker.runOnce();

    const waiting = await row(id);
    expect(waiting.status).toBe('queued');
    expect(waiting.lastError).toContain('HTTP 500');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + backoffDelayMs(1) - 2000);
    expect(postmark.requests).toHaveLength(1);
  });
});

describe('two instances and a slow Postmark (issue 10.9)', () => {
  it('send each email exactly once, because each email keeps its lease while its send is in flight', async () => {
    // Every send outlasts the lease twice over; only renewing it keeps the other instance off.
    const leaseMs = 3_000;
    postmark.respondWith(() => fakePostmarkReplies.slow(2 * leaseMs));
    const ids = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => queue(`${n}@slow.test`)));
    const workers = [1, 2].map(
      () => new OutboxWorker(new CrossTenantData(database.dataSource), transport(30_000), silentLog, { leaseMs, pollMs: 50 }),
    );
    try {
      for (const w of workers) w.start();
      await eventually(async () => (await Promise.all(ids.map(row))).every((r) => r.status === 'sent'), 'every email sent', 50_000);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    for (const n of ['a', 'b', 'c', 'd', 'e', 'f']) expect(sendsTo(postmark, `${n}@slow.test`)).toBe(1);
    expect(postmark.requests).toHaveLength(6);
  }, 90_000);
});

describe('finding duplicates (issue 10.10)', () => {
  it('sends the outbox id as an idempotency key in Metadata, the same on every attempt, on the transactional stream', async () => {
    const worker = new OutboxWorker(new CrossTenantData(database.dataSource), transport(), silentLog);
    const id = await queue('twice@example.test');
    postmark.respondWith(() => fakePostmarkReplies.serverError());
    await worker.runOnce();
    postmark.respondWith(() => undefined);
    await worker.runOnce(new Date(Date.now() + backoffDelayMs(1) + 1000));

    expect((await row(id)).status).toBe('sent');
    expect(postmark.requests).toHaveLength(2);
    for (const request of postmark.requests) {
      expect(field(request, 'Metadata')).toEqual({ outgoingEmailId: id, idempotencyKey: `outgoing-email:${id}` });
      expect(field(request, 'MessageStream')).toBe('outbound');
    }
  });
});

describe("Postmark's Retry-After (issue 10.11)", () => {
  it.each([
    ['in seconds', () => '600', 600_000],
    ['as an HTTP date', () => new Date(Date.now() + 900_000).toUTCString(), 900_000],
  ])('a 429 with Retry-After %s is not retried before it', async (_label, retryAfter, waitMs) => {
    const worker = new OutboxWorker(new CrossTenantData(database.dataSource), transport(), silentLog);
    const id = await queue('later@example.test');
    postmark.respondWith(() => fakePostmarkReplies.rateLimited(retryAfter()));
    await worker.runOnce();

    // An HTTP date has whole seconds, so allow for the one it may have lost.
    expect((await row(id)).nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + waitMs - 3_000);
    postmark.respondWith(() => undefined);
    // Backoff alone would have retried after 5 s; Postmark asked for minutes.
    expect(await worker.runOnce(new Date(Date.now() + backoffDelayMs(1) * 4))).toBe(0);
    expect(postmark.requests).toHaveLength(1);
    await worker.runOnce(new Date(Date.now() + waitMs + 1000));
    expect((await row(id)).status).toBe('sent');
  });
});

describe('a hanging Postmark (issue 10.12)', () => {
  it('a sign-in email queued behind hanging ticket mail is delivered promptly, in its own lane', async () => {
    const hanging = await startFakePostmark();
    hanging.respondWith((r) => (field(r, 'Tag') === 'sign-in' ? undefined : fakePostmarkReplies.hang()));
    // The ticket sends hang for the whole test: the sign-in email cannot be waiting for them to end.
    const slowTransport = createPostmarkTransport({ serverToken: hanging.serverToken, apiUrl: hanging.url, timeoutMs: 120_000 });
    const worker = new OutboxWorker(new CrossTenantData(database.dataSource), slowTransport, silentLog, { pollMs: 50 });
    const tickets = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => queue(`ticket-${n}@example.test`, 'ticket-created')));
    try {
      worker.start();
      await eventually(() => hanging.requests.length >= 4, 'ticket sends hanging');
      const signIn = await queue('code@example.test', 'sign-in');
      worker.nudge();
      await eventually(async () => (await row(signIn)).status === 'sent', 'the sign-in email sent');

      expect(sendsTo(hanging, 'code@example.test')).toBe(1);
      // Ticket mail runs at most four at a time, and every one of them is still hanging.
      expect(hanging.requests.filter((r) => field(r, 'Tag') === 'ticket-created')).toHaveLength(4);
      for (const id of tickets) expect((await row(id)).status).toBe('queued');
    } finally {
      await hanging.close();
      await worker.stop();
    }
  }, 90_000);
});
