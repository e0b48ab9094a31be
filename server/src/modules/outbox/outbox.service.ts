import type { TenantTx } from '../../db/tenant';
import { OutgoingEmail } from './outgoing-email.entity';

/** What a feature hands to the outbox: one rendered message to one recipient (the transaction names the organization). */
export interface QueuedEmail {
  to: string;
  from: string;
  fromName: string | null;
  subject: string;
  html: string;
  text: string;
  tag: string;
  /** Where the recipient's reply goes: a ticket's reply address. */
  replyTo?: string | null;
  /** `Message-ID`, `In-Reply-To` and `References`, so mail clients thread a ticket's emails. */
  headers?: Record<string, string>;
  /**
   * Parts of `html` and `text` that let someone sign in (a link's token, a code): cut from the
   * stored email once it is sent, so a database reader cannot use them (SECURITY.md 2).
   */
  secrets?: string[];
}

/**
 * Queues an email inside the organization's transaction: it is delivered only if that transaction
 * commits, and it survives a provider outage or a restart because it is a row, not a promise.
 */
export function enqueueEmail(tx: TenantTx, email: QueuedEmail): Promise<OutgoingEmail> {
  return tx.insert(OutgoingEmail, {
    toAddress: email.to,
    fromAddress: email.from,
    fromName: email.fromName,
    subject: email.subject,
    htmlBody: email.html,
    textBody: email.text,
    tag: email.tag,
    replyTo: email.replyTo ?? null,
    headers: email.headers && Object.keys(email.headers).length ? email.headers : null,
    secretParts: email.secrets?.length ? email.secrets : null,
    status: 'queued',
    nextAttemptAt: new Date(),
  });
}
