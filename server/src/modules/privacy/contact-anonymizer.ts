import { isUuid } from '@actionconnect/shared';
import type { Logger } from 'pino';
import type { AdminScope } from '../../auth/viewer';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { SatisfactionSurvey } from '../satisfaction/satisfaction-survey.entity';
import { Attachment } from '../attachments/attachment.entity';
import type { FileStorage } from '../attachments/file-storage';
import { Session } from '../auth/session.entity';
import { SignInToken } from '../auth/sign-in-token.entity';
import { TicketCc } from '../companies/ticket-cc.entity';
import { Contact } from '../contacts/contact.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { ticketChange, ticketEvent } from '../tickets/ticket-store';
import { Ticket } from '../tickets/ticket.entity';
import { DataDeletionRequest } from './deletion-request.entity';

/** The name an anonymized contact keeps: their messages read as "a former contact"'s. */
export const FORMER_CONTACT_NAME = 'Former contact';

/** The address an anonymized contact gets: unique per contact (the unique email constraint holds) and undeliverable (RFC 2606). */
export function anonymizedEmail(contactId: string): string {
  return `former-contact-${contactId.replace(/-/g, '').slice(0, 12)}@anonymized.invalid`;
}

/** What replaces a redacted subject or body. */
const REDACTED = '(redacted)';

/**
 * Erases a contact (GDPR Article 17) in one transaction, for an admin: name and email replaced,
 * company and manager flag cleared, sessions and sign-in links deleted, CCs removed, uploaded
 * files deleted, emails to and from their address redacted, a "requester anonymized" event on each
 * of their requests, their open deletion request done. Their messages stay, now a former contact's.
 * The stored files are deleted after the commit: a rollback must not leave rows without objects.
 */
export class ContactAnonymizer {
  constructor(
    private readonly tenant: TenantData,
    private readonly storage: FileStorage,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  /** Anonymizes the contact; another organization's (or a missing) contact is NOT_FOUND, an anonymized one BAD_USER_INPUT. */
  async anonymize(scope: AdminScope, contactId: string): Promise<Contact> {
    if (!isUuid(contactId)) throw notFound('Contact');
    const { contact, storageKeys } = await this.tenant.run(scope.organizationId, (tx) => this.erase(tx, scope, contactId));
    for (const key of storageKeys) {
      // The rows are gone already; a stray object costs storage, so it is logged (as the sweeper does), not retried.
      await this.storage.delete(key).catch((error: unknown) => this.log.warn({ key, err: error }, 'could not delete an anonymized file'));
    }
    return contact;
  }

  private async erase(tx: TenantTx, scope: AdminScope, contactId: string): Promise<{ contact: Contact; storageKeys: string[] }> {
    const found = await tx.select(Contact, 'c').andWhere('c.id = :contactId', { contactId }).setLock('pessimistic_write').getOne();
    if (!found) throw notFound('Contact');
    if (found.anonymizedAt) throw badInput('This contact is already anonymized.', 'contactId');
    const oldEmail = found.email;
    const newEmail = anonymizedEmail(found.id);
    const actor = { agentId: scope.agentId };
    const org = scope.organizationId;

    await tx.update(
      Contact,
      { id: found.id },
      { name: FORMER_CONTACT_NAME, email: newEmail, companyId: null, isCompanyManager: false, anonymizedAt: new Date() },
    );
    await tx.delete(Session, { contactId: found.id });
    await tx.delete(SignInToken, { purpose: 'portal', email: oldEmail });

    const ccs = await tx.find(TicketCc, { where: { contactId: found.id } });
    await tx.delete(TicketCc, { contactId: found.id });
    const ccTickets = ccs.length
      ? await tx
          .select(Ticket, 't')
          .andWhere('t.id IN (:...ids)', { ids: ccs.map((c) => c.ticketId) })
          .getMany()
      : [];
    for (const ticket of ccTickets) {
      await tx.insert(
        TicketEvent,
        ticketEvent(ticket, 'cc_removed', actor, { contactId: found.id, email: newEmail, reason: 'anonymized' }),
      );
      await tx.announce(ticketChange(ticket));
    }
    // CC events name the address they copied; a contact's CC history is rare, so this reads the organization's CC events.
    await tx.sql(
      `UPDATE ticket_events SET data = jsonb_set(data, '{email}', to_jsonb(CAST($3 AS text)))
       WHERE organization_id = $1 AND type IN ('cc_added', 'cc_removed') AND data->>'contactId' = $2 AND data ? 'email'`,
      [org, found.id, newEmail],
    );

    // Ratings stay (good or bad counts in the reports) but their comments are the contact's words:
    // erased on the surveys and in the history entries that recorded them.
    await tx.updateQuery(SatisfactionSurvey).set({ comment: null }).andWhere('requester_id = :id', { id: found.id }).execute();
    await tx.sql(
      `UPDATE ticket_events SET data = data - 'comment'
       WHERE organization_id = $1 AND type = 'satisfaction_rated' AND actor_contact_id = $2 AND data ? 'comment'`,
      [org, found.id],
    );

    const files = await tx.find(Attachment, { where: { uploadedByContactId: found.id }, select: { id: true, storageKey: true } });
    if (files.length) await tx.delete(Attachment, { uploadedByContactId: found.id });

    // Mail to them: address, subject and bodies redacted; anything still queued is not sent to the dead address.
    await tx.sql(
      `UPDATE outgoing_emails SET to_address = $3, subject = $4, html_body = '', text_body = '', secret_parts = NULL,
         status = CASE WHEN status = 'queued' THEN 'failed' ELSE status END,
         last_error = CASE WHEN status = 'queued' THEN 'recipient anonymized' ELSE last_error END
       WHERE organization_id = $1 AND to_address = $2`,
      [org, oldEmail, newEmail, REDACTED],
    );
    // Mail from them: the inbound log's sender and subject; flagged notes keep their body, not the address.
    await tx.sql(`UPDATE inbound_emails SET from_address = $3, subject = $4 WHERE organization_id = $1 AND from_address = $2`, [
      org,
      oldEmail,
      newEmail,
      REDACTED,
    ]);
    await tx.sql(`UPDATE ticket_messages SET unverified_sender_email = $3 WHERE organization_id = $1 AND unverified_sender_email = $2`, [
      org,
      oldEmail,
      newEmail,
    ]);

    const raised = await tx.find(Ticket, { where: { requesterId: found.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const ticket of raised) {
      await tx.insert(TicketEvent, ticketEvent(ticket, 'requester_anonymized', actor, { contactId: found.id }));
      await tx.announce(ticketChange(ticket));
    }
    await tx.update(
      DataDeletionRequest,
      { contactId: found.id, status: 'open' },
      { status: 'done', completedAt: new Date(), completedByAgentId: scope.agentId },
    );

    const contact = await tx.findOneBy(Contact, { id: found.id });
    if (!contact) throw new Error('contact vanished inside its own transaction');
    return { contact, storageKeys: files.map((f) => f.storageKey) };
  }
}
