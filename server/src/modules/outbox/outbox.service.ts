import type { EntityManager } from 'typeorm';
import { OutgoingEmail } from './outgoing-email.entity';

/** What a feature hands to the outbox: one rendered message to one recipient. */
export interface QueuedEmail {
  organizationId: string | null;
  to: string;
  from: string;
  fromName: string | null;
  subject: string;
  html: string;
  text: string;
  tag: string;
}

/**
 * Queues an email inside the caller's transaction: it is delivered only if that transaction
 * commits, and it survives a provider outage or a restart because it is a row, not a promise.
 */
export async function enqueueEmail(manager: EntityManager, email: QueuedEmail): Promise<OutgoingEmail> {
  return manager.save(
    manager.create(OutgoingEmail, {
      organizationId: email.organizationId,
      toAddress: email.to,
      fromAddress: email.from,
      fromName: email.fromName,
      subject: email.subject,
      htmlBody: email.html,
      textBody: email.text,
      tag: email.tag,
      status: 'queued',
      nextAttemptAt: new Date(),
    }),
  );
}
