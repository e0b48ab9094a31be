import type { CrossTenantData } from '../../db/cross-tenant';
import { unwrap } from '../../db/query-result';
import { OutgoingEmail } from './outgoing-email.entity';

/** The columns a delivery attempt records. */
export type DeliveryRecord = Partial<
  Pick<OutgoingEmail, 'status' | 'sentAt' | 'transport' | 'providerMessageId' | 'lastError' | 'nextAttemptAt'>
>;

/**
 * Claims up to `batchSize` due emails of every organization with a lease until `leaseUntil`
 * (`FOR UPDATE SKIP LOCKED`, so concurrent rounds never claim the same one) and returns them.
 */
export function claimDueEmails(crossTenant: CrossTenantData, now: Date, leaseUntil: Date, batchSize: number): Promise<OutgoingEmail[]> {
  return crossTenant.transaction('deliver-mail', async (m) => {
    const rows = unwrap<{ id: string }>(
      await m.query(
        `UPDATE outgoing_emails SET attempts = attempts + 1, next_attempt_at = $1
          WHERE id IN (SELECT id FROM outgoing_emails
                        WHERE status = 'queued' AND next_attempt_at <= $2
                        ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        [leaseUntil, now, batchSize],
      ),
    );
    if (rows.length === 0) return [];
    return m.getRepository(OutgoingEmail).findBy(rows.map((r) => ({ id: r.id })));
  });
}

/** Records the outcome of one delivery attempt. */
export async function recordDelivery(crossTenant: CrossTenantData, emailId: string, record: DeliveryRecord): Promise<void> {
  await crossTenant.run('deliver-mail', (m) => m.update(OutgoingEmail, { id: emailId }, record));
}
