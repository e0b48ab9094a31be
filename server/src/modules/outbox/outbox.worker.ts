import type { Logger } from 'pino';
import type { CrossTenantData } from '../../db/cross-tenant';
import { MailDeliveryError, type MailTransport } from '../mail/mail-message';
import {
  claimDueEmails,
  recordFailure,
  recordSent,
  renewLease,
  type OutboxLane,
  type RedactedBodies,
} from './outbox-delivery.cross-tenant';
import type { OutgoingEmail } from './outgoing-email.entity';

/**
 * Retry policy: exponential backoff from 5 s, capped at one hour, for at most 10 attempts. Each
 * email holds its own lease of 60 s, renewed every quarter of it while its send is in flight, so a
 * slow provider never lets another instance take it over. Writing down a delivery is retried from
 * 100 ms, doubling to 5 s, until it sticks.
 */
export const OUTBOX_POLICY = {
  baseDelayMs: 5_000,
  maxDelayMs: 3_600_000,
  maxAttempts: 10,
  leaseMs: 60_000,
  recordRetryMs: 100,
  recordRetryMaxMs: 5_000,
} as const;

/** How many sends each lane runs at once: sign-in mail never waits behind ticket mail. */
export const OUTBOX_LANES: readonly { lane: OutboxLane; concurrency: number }[] = [
  { lane: 'sign-in', concurrency: 2 },
  { lane: 'general', concurrency: 4 },
];

/** Knobs tests turn; production uses the defaults. */
export interface OutboxWorkerOptions {
  pollMs?: number;
  leaseMs?: number;
  /** First delay before writing a delivery down again after the database refused it. */
  recordRetryMs?: number;
}

/** Delay before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffDelayMs(attempts: number): number {
  return Math.min(OUTBOX_POLICY.baseDelayMs * 2 ** Math.max(0, attempts - 1), OUTBOX_POLICY.maxDelayMs);
}

/** The message stream every outbox email goes to: transactional mail, never broadcasts. */
export const TRANSACTIONAL_STREAM = 'outbound';

/** The development transport: the outgoing_emails row is the outbox (listed at /dev/mail), secrets included. */
export const devOutboxTransport: MailTransport = {
  name: 'outbox',
  keepsSecrets: true,
  send: async () => ({ providerMessageId: null }),
};

/** The bodies with every secret part replaced, or null when the email has none. */
export function redactSecrets(email: Pick<OutgoingEmail, 'htmlBody' | 'textBody' | 'secretParts'>): RedactedBodies | null {
  const parts = (email.secretParts ?? []).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const cut = (body: string) => parts.reduce((acc, part) => acc.split(part).join('[redacted]'), body);
  return { htmlBody: cut(email.htmlBody), textBody: cut(email.textBody) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Delivers queued emails, at least once (docs/reliability.md). Each lane claims only as many
 * emails as it has free send slots, each with its own lease, renewed while the send is in flight;
 * the send runs outside any transaction (a slow provider never holds a database connection, which
 * matters on PGlite's single one). Right after the provider answers, the outcome is written down
 * (sent, rescheduled with backoff or `Retry-After`, or failed for good), retried until it sticks,
 * so a database blip never turns into a second send.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private filling: Promise<unknown> | null = null;
  private again = false;
  private started = false;
  private closing = false;
  private readonly busy: Record<OutboxLane, number> = { 'sign-in': 0, general: 0 };
  private readonly inFlight = new Set<Promise<void>>();
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly recordRetryMs: number;

  constructor(
    private readonly crossTenant: CrossTenantData,
    private readonly transport: MailTransport,
    private readonly log: Pick<Logger, 'info' | 'warn' | 'error'>,
    options: OutboxWorkerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? OUTBOX_POLICY.leaseMs;
    this.recordRetryMs = options.recordRetryMs ?? OUTBOX_POLICY.recordRetryMs;
  }

  /** Starts polling. */
  start(): void {
    this.started = true;
    this.closing = false;
    this.timer = setInterval(() => this.tick(), this.pollMs);
    this.tick();
  }

  /** Asks for a claim now (after a commit that queued mail, or when a send slot frees). */
  nudge(): void {
    if (this.started && !this.closing) this.tick();
  }

  /** Stops polling and waits for the sends in flight and the writing down of their outcome. */
  async stop(): Promise<void> {
    this.closing = true;
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.filling;
    await Promise.all([...this.inFlight]);
  }

  /** Claims what the free slots allow and waits for those deliveries; returns how many it attempted. */
  async runOnce(now = new Date()): Promise<number> {
    const started = await this.fill(now);
    await Promise.all(started);
    return started.length;
  }

  // The polling loop never waits for sends: a slot that frees claims again at once.
  private tick(): void {
    if (this.filling) {
      this.again = true;
      return;
    }
    this.filling = this.fill(new Date())
      .catch((error: unknown) => this.log.error({ err: error }, 'outbox claim failed'))
      .finally(() => {
        this.filling = null;
        if (this.again && !this.closing) {
          this.again = false;
          this.tick();
        }
      });
  }

  // Sign-in first, then ticket mail; each lane claims at most its free slots.
  private async fill(now: Date): Promise<Promise<void>[]> {
    const started: Promise<void>[] = [];
    const skew = now.getTime() - Date.now();
    for (const { lane, concurrency } of OUTBOX_LANES) {
      const free = concurrency - this.busy[lane];
      if (free <= 0) continue;
      this.busy[lane] += free;
      let claimed: OutgoingEmail[] = [];
      try {
        claimed = await claimDueEmails(this.crossTenant, lane, now, new Date(now.getTime() + this.leaseMs), free);
      } finally {
        this.busy[lane] -= free - claimed.length;
      }
      for (const email of claimed) {
        const delivery: Promise<void> = this.deliver(email, skew).finally(() => {
          this.busy[lane] -= 1;
          this.inFlight.delete(delivery);
          this.nudge();
        });
        this.inFlight.add(delivery);
        started.push(delivery);
      }
    }
    return started;
  }

  private async deliver(email: OutgoingEmail, skew: number): Promise<void> {
    const heartbeat = setInterval(() => {
      renewLease(this.crossTenant, email, new Date(Date.now() + skew + this.leaseMs)).then(
        (held) => held || this.log.warn({ emailId: email.id }, 'outbox lease lost while sending'),
        (error: unknown) => this.log.warn({ emailId: email.id, err: error }, 'outbox lease renewal failed'),
      );
    }, this.leaseMs / 4);
    heartbeat.unref();
    try {
      await this.attempt(email);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private async attempt(email: OutgoingEmail): Promise<void> {
    let result;
    try {
      result = await this.transport.send({
        to: email.toAddress,
        from: email.fromAddress,
        fromName: email.fromName ?? undefined,
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        ...(email.headers ? { headers: email.headers } : {}),
        subject: email.subject,
        html: email.htmlBody,
        text: email.textBody,
        tag: email.tag,
        messageStream: TRANSACTIONAL_STREAM,
        // Postmark does not deduplicate, but a duplicate after a crash carries the same key, so it can be found.
        metadata: { outgoingEmailId: email.id, idempotencyKey: `outgoing-email:${email.id}` },
      });
    } catch (error) {
      await this.persist(email, 'failure', () => this.recordFailed(email, error));
      return;
    }
    // Nothing runs between the provider's answer and this write: the at-least-once window is one statement.
    const redacted = this.transport.keepsSecrets ? null : redactSecrets(email);
    const record = { sentAt: new Date(), transport: this.transport.name, providerMessageId: result.providerMessageId };
    await this.persist(email, 'sent', () => recordSent(this.crossTenant, email.id, record, redacted));
  }

  private async recordFailed(email: OutgoingEmail, error: unknown): Promise<void> {
    const retryable = error instanceof MailDeliveryError ? error.retryable : true;
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = !retryable || email.attempts >= OUTBOX_POLICY.maxAttempts;
    const retryAfterMs = error instanceof MailDeliveryError ? (error.retryAfterMs ?? 0) : 0;
    const delayMs = Math.max(backoffDelayMs(email.attempts), retryAfterMs);
    await recordFailure(
      this.crossTenant,
      email,
      giveUp
        ? { failed: true, lastError: message, transport: this.transport.name }
        : { failed: false, lastError: message, transport: this.transport.name, nextAttemptAt: new Date(Date.now() + delayMs) },
      this.transport.keepsSecrets ? null : redactSecrets(email),
    );
    this.log.warn({ emailId: email.id, attempts: email.attempts, retryable, giveUp, retryAfterMs, err: message }, 'email delivery failed');
  }

  // A delivery that is not written down would be sent again after its lease, so the write is
  // retried with backoff until it sticks; only a stopping worker gives up, after one more try.
  private async persist(email: OutgoingEmail, what: 'sent' | 'failure', write: () => Promise<void>): Promise<void> {
    let delay = this.recordRetryMs;
    for (;;) {
      try {
        await write();
        return;
      } catch (error) {
        if (this.closing && delay > this.recordRetryMs) {
          this.log.error({ emailId: email.id, err: error }, `could not record the ${what} of an email; it may be sent again`);
          return;
        }
        this.log.warn({ emailId: email.id, err: error, retryInMs: delay }, `recording the ${what} of an email failed; retrying`);
        await sleep(delay);
        delay = Math.min(delay * 2, OUTBOX_POLICY.recordRetryMaxMs);
      }
    }
  }
}
