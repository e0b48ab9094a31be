import { connectionCutter, type ConnectionCutter } from '../../../test/connection-cut';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '../../../test/database';
import { startFakePostmark, type FakePostmark, type ReceivedRequest } from '../../../test/fake-postmark';
import { emailRow, eventually, outboxOrganization, queueEmail, recordingLog } from '../../../test/outbox';
import { CrossTenantData } from '../../db/cross-tenant';
import { createPostmarkTransport } from '../mail/postmark-transport';
import { OUTBOX_POLICY, OutboxWorker } from './outbox.worker';

// Issue 10, points 8-10, with the database really gone: the moment Postmark has an email, every
// connection of this file's database is terminated and new ones are refused, until the worker has
// failed to write the send down at least once. (outbox.reliability.int.test.ts fakes the same blip
// in the cross-tenant road; this one goes through the pg pool, TypeORM and the server.)

// PGlite is one in-process connection behind a private socket: there is no server connection to cut.
const onPostgres = testDatabaseUrl() ? describe : describe.skip;

const RECORD_FAILED = 'recording the sent of an email failed; retrying';

onPostgres('a real connection cut between a send and its record (PostgreSQL only)', () => {
  let database: TestDatabase;
  let cutter: ConnectionCutter;
  let postmark: FakePostmark;
  let organizationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    cutter = await connectionCutter(database);
    postmark = await startFakePostmark();
    organizationId = await outboxOrganization(database.dataSource);
  });
  afterAll(async () => {
    await cutter?.close();
    await postmark?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await cutter.admit();
    await database.dataSource.query('DELETE FROM outgoing_emails');
    postmark.requests.length = 0;
    postmark.respondWith(() => undefined);
    postmark.onSend(undefined);
  });

  const transport = (timeoutMs: number) => createPostmarkTransport({ serverToken: postmark.serverToken, apiUrl: postmark.url, timeoutMs });
  const queue = (to: string, tag: string) => queueEmail(database.dataSource, organizationId, { to, tag });
  const row = (id: string) => emailRow(database.dataSource, id);
  const field = (r: ReceivedRequest, name: string): unknown => (r.body as Record<string, unknown>)[name];
  const allSent = async (ids: string[]) => (await Promise.all(ids.map(row))).every((r) => r.status === 'sent');

  /** How many times Postmark received each email, counted by the idempotency key in its Metadata. */
  function receipts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of postmark.requests) {
      const key = (field(r, 'Metadata') as { idempotencyKey?: string } | undefined)?.idempotencyKey ?? 'none';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }
  const expectEachSentOnce = (ids: string[]) =>
    expect(Object.fromEntries(receipts())).toEqual(Object.fromEntries(ids.map((id) => [`outgoing-email:${id}`, 1])));

  /**
   * The outage: when Postmark first receives mail for `to`, after `beforeCut` and before it answers,
   * every connection is cut. Postmark answers nothing it received before the cut until then, so
   * each of those sends has to be written down through the outage. `lifted(n)` ends the outage
   * once the workers have failed to record `n` sends, and returns when.
   */
  function outageWhenPostmarkHas(to: string, log: ReturnType<typeof recordingLog>, beforeCut: () => Promise<void> = async () => undefined) {
    const outage = { cutAt: 0, connectionsCut: 0 };
    let cutDone = () => undefined as void;
    const cut = new Promise<void>((resolve) => (cutDone = resolve));
    postmark.onSend(async (r) => {
      if (outage.cutAt !== 0 || field(r, 'To') !== to) return cut;
      outage.cutAt = Date.now();
      await beforeCut();
      outage.connectionsCut = await cutter.cut();
      cutDone();
    });
    return {
      outage,
      async lifted(failedRecords: number): Promise<number> {
        const failed = () => log.warnings.filter((m) => m === RECORD_FAILED).length >= failedRecords;
        await eventually(failed, `${failedRecords} sends failing to be written down`);
        await cutter.admit();
        return Date.now();
      },
    };
  }
  /** What the worker logged as errors, but for claims that failed while the database was gone (they are tried again). */
  const deliveryErrors = (log: ReturnType<typeof recordingLog>) => log.errors.filter((m) => m !== 'outbox claim failed');

  it('the email is sent once and recorded sent, and the rest of the queue, a sign-in code among it, goes out in seconds, not after the lease', async () => {
    const log = recordingLog();
    const worker = new OutboxWorker(new CrossTenantData(database.dataSource), transport(5_000), log, { pollMs: 50 });
    const first = await queue('cut@example.test', 'ticket-created');
    // Seven ticket emails for four slots: three are still queued when the database goes away.
    const tickets = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => queue(`ticket-${n}@example.test`, 'ticket-created')));
    let signIn = '';
    // A sign-in code asked for just before the cut: it falls due while the database is gone.
    const { outage, lifted } = outageWhenPostmarkHas('cut@example.test', log, async () => {
      signIn = await queue('code@example.test', 'sign-in');
    });
    let ids: string[] = [];
    try {
      worker.start();
      // The four ticket sends in flight (the lane's slots) all meet the outage.
      const back = await lifted(4);
      ids = [first, ...tickets, signIn];
      // Mail whose claim or record the cut lost would wait out its lease (60 s); none may.
      await eventually(() => allSent(ids), 'every email sent', OUTBOX_POLICY.leaseMs / 2);
      expect(Date.now() - back).toBeLessThan(OUTBOX_POLICY.leaseMs / 2);
    } finally {
      await worker.stop();
    }

    expect(outage.connectionsCut).toBeGreaterThan(0);
    expect((await row(first)).providerMessageId).not.toBeNull();
    // Long after any lease, nothing is due again, so nothing will be sent twice.
    expect(await worker.runOnce(new Date(Date.now() + OUTBOX_POLICY.leaseMs * 3))).toBe(0);
    expectEachSentOnce(ids);
    expect(deliveryErrors(log)).toEqual([]);
  }, 60_000);

  it('two instances and a slow Postmark: a cut as the answers come back still sends each email once', async () => {
    // Each send outlasts the lease twice over; the cut then hits the lease renewals and the records alike.
    const leaseMs = 4_000;
    const log = recordingLog();
    const ids = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => queue(`${n}@slow.test`, 'ticket-created')));
    const { outage, lifted } = outageWhenPostmarkHas('a@slow.test', log, () => new Promise((resolve) => setTimeout(resolve, 2 * leaseMs)));
    const workers = [1, 2].map(
      () => new OutboxWorker(new CrossTenantData(database.dataSource), transport(30_000), log, { leaseMs, pollMs: 50 }),
    );
    try {
      for (const w of workers) w.start();
      // All six are in flight, split between the two instances, and all meet the outage.
      await lifted(6);
      await eventually(() => allSent(ids), 'every email sent', 50_000);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }

    expect(outage.connectionsCut).toBeGreaterThan(0);
    expect(await workers[0].runOnce(new Date(Date.now() + leaseMs * 3))).toBe(0);
    expectEachSentOnce(ids);
    expect(deliveryErrors(log)).toEqual([]);
  }, 90_000);
});
