import type { CrossTenantData } from '../../db/cross-tenant';
import { unwrap } from '../../db/query-result';
import { OutgoingEmail } from './outgoing-email.entity';

/** Which queue a claim reads: sign-in mail, or everything else (ticket mail). */
export type OutboxLane = 'sign-in' | 'general';

/** The tag whose mail travels in the sign-in lane. */
export const SIGN_IN_TAG = 'sign-in';

/** What a failed attempt records. */
export interface FailureRecord {
  lastError: string;
  transport: string;
  /** Set when the email is given up on; otherwise `nextAttemptAt` reschedules it. */
  failed: boolean;
  nextAttemptAt?: Date;
}

/** What a successful send records. */
export interface SentRecord {
  sentAt: Date;
  transport: string;
  providerMessageId: string | null;
}

/** Bodies with their secret parts cut out, or null when nothing needs cutting. */
export interface RedactedBodies {
  htmlBody: string;
  textBody: string;
}

/**
 * Claims up to `limit` due emails of one lane, across organizations, each with its own lease until
 * `leaseUntil` (`FOR UPDATE SKIP LOCKED`, so concurrent claims never take the same one). The claim
 * counts an attempt, and that count fences later writes: only the holder of the latest claim
 * renews or reschedules the row.
 */
export function claimDueEmails(
  crossTenant: CrossTenantData,
  lane: OutboxLane,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<OutgoingEmail[]> {
  return crossTenant.transaction('deliver-mail', async (m) => {
    const rows = unwrap<{ id: string }>(
      await m.query(
        `UPDATE outgoing_emails SET attempts = attempts + 1, next_attempt_at = $1
          WHERE id IN (SELECT id FROM outgoing_emails
                        WHERE status = 'queued' AND next_attempt_at <= $2 AND (tag = $4) = $5
                        ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [leaseUntil, now, limit, SIGN_IN_TAG, lane === 'sign-in'],
      ),
    );
    if (rows.length === 0) return [];
    return m.getRepository(OutgoingEmail).findBy(rows.map((r) => ({ id: r.id })));
  });
}

/** Extends the lease of an email whose send is in flight; false if this claim no longer holds it. */
export async function renewLease(crossTenant: CrossTenantData, email: OutgoingEmail, leaseUntil: Date): Promise<boolean> {
  const result = await crossTenant.run('deliver-mail', (m) =>
    m.update(OutgoingEmail, { id: email.id, status: 'queued', attempts: email.attempts }, { nextAttemptAt: leaseUntil }),
  );
  return (result.affected ?? 0) > 0;
}

/**
 * Records a send the provider accepted, and cuts the secret parts from the stored email, in one
 * statement. Not fenced by the claim: the email went out, whoever else holds it now.
 */
export async function recordSent(
  crossTenant: CrossTenantData,
  emailId: string,
  record: SentRecord,
  redacted: RedactedBodies | null,
): Promise<void> {
  await crossTenant.run('deliver-mail', (m) =>
    m.update(
      OutgoingEmail,
      { id: emailId },
      { status: 'sent', lastError: null, ...record, ...(redacted ? { ...redacted, secretParts: null } : {}) },
    ),
  );
}

/** Records a failed attempt: rescheduled, or given up on (then its secret parts are cut too). Fenced by the claim. */
export async function recordFailure(
  crossTenant: CrossTenantData,
  email: OutgoingEmail,
  record: FailureRecord,
  redacted: RedactedBodies | null,
): Promise<void> {
  const changes = record.failed
    ? {
        status: 'failed' as const,
        lastError: record.lastError,
        transport: record.transport,
        ...(redacted ? { ...redacted, secretParts: null } : {}),
      }
    : {
        lastError: record.lastError,
        transport: record.transport,
        ...(record.nextAttemptAt ? { nextAttemptAt: record.nextAttemptAt } : {}),
      };
  await crossTenant.run('deliver-mail', (m) =>
    m.update(OutgoingEmail, { id: email.id, status: 'queued', attempts: email.attempts }, changes),
  );
}
