import type { Logger } from 'pino';
import type { CrossTenantData } from '../../db/cross-tenant';
import { MailDeliveryError, type MailTransport } from '../mail/mail-message';
import { claimDueEmails, recordDelivery } from './outbox-delivery.cross-tenant';
import type { OutgoingEmail } from './outgoing-email.entity';

/** Retry policy: exponential backoff from 5 s, capped at one hour, for at most 10 attempts. */
export const OUTBOX_POLICY = { baseDelayMs: 5_000, maxDelayMs: 3_600_000, maxAttempts: 10, leaseMs: 120_000, batchSize: 10 } as const;

/** Delay before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffDelayMs(attempts: number): number {
  return Math.min(OUTBOX_POLICY.baseDelayMs * 2 ** Math.max(0, attempts - 1), OUTBOX_POLICY.maxDelayMs);
}

/** The development transport: the outgoing_emails row is the outbox (listed at /dev/mail). */
export const devOutboxTransport: MailTransport = {
  name: 'outbox',
  send: async () => ({ providerMessageId: null }),
};

/**
 * Delivers queued emails. Each message is claimed with a lease (so a crash only delays it), sent
 * outside any transaction (a slow provider never holds a database connection, which matters on
 * PGlite's single one), then marked sent, rescheduled with backoff (429, 5xx, timeouts) or failed
 * for good (406 inactive recipient, 422 and other 4xx).
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly crossTenant: CrossTenantData,
    private readonly transport: MailTransport,
    private readonly log: Pick<Logger, 'info' | 'warn' | 'error'>,
    private readonly pollMs = 1000,
  ) {}

  /** Starts polling. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Asks for a delivery round now (after a commit that queued mail). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  /** Stops polling and waits for the round in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.log.error({ err: error }, 'outbox round failed'))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.schedule(this.again ? 0 : this.pollMs);
          this.again = false;
        });
    }, ms);
  }

  /** One delivery round; returns how many messages it attempted. */
  async runOnce(now = new Date()): Promise<number> {
    const leaseUntil = new Date(now.getTime() + OUTBOX_POLICY.leaseMs);
    const claimed = await claimDueEmails(this.crossTenant, now, leaseUntil, OUTBOX_POLICY.batchSize);
    for (const email of claimed) await this.deliver(email);
    return claimed.length;
  }

  private async deliver(email: OutgoingEmail): Promise<void> {
    try {
      const result = await this.transport.send({
        to: email.toAddress,
        from: email.fromAddress,
        fromName: email.fromName ?? undefined,
        subject: email.subject,
        html: email.htmlBody,
        text: email.textBody,
        tag: email.tag,
      });
      await recordDelivery(this.crossTenant, email.id, {
        status: 'sent',
        sentAt: new Date(),
        transport: this.transport.name,
        providerMessageId: result.providerMessageId,
        lastError: null,
      });
    } catch (error) {
      const retryable = error instanceof MailDeliveryError ? error.retryable : true;
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = !retryable || email.attempts >= OUTBOX_POLICY.maxAttempts;
      await recordDelivery(
        this.crossTenant,
        email.id,
        giveUp
          ? { status: 'failed', lastError: message, transport: this.transport.name }
          : { lastError: message, nextAttemptAt: new Date(Date.now() + backoffDelayMs(email.attempts)), transport: this.transport.name },
      );
      this.log.warn({ emailId: email.id, attempts: email.attempts, retryable, giveUp, err: message }, 'email delivery failed');
    }
  }
}
