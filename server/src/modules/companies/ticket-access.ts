import type { TenantTx } from '../../db/tenant';
import { Ticket } from '../tickets/ticket.entity';

// Which tickets a contact may read and comment on: the one place the portal's rule is written.
// Every portal read path (request list and page, timeline, fields, files, replies, live refetch)
// puts these conditions in its tenant-scoped SQL, so a ticket a contact may not read never leaves
// the database for them.
//
// A contact may read a ticket when they are its requester, are copied on it (ticket_ccs), or
// belong to the company the ticket was raised in (tickets.company_id) and its sharing mode grants
// it: `managers` to the company's managers, `everyone_view` and `everyone_comment` to all its
// contacts. They may comment when requester, CC, or the company's mode is `everyone_comment`.
//
// The conditions read the named parameters of `accessParams` and a ticket alias (`t` by default).

/** The parameters every condition here reads. */
export function accessParams(scope: { organizationId: string; contactId: string }): Record<string, string> {
  return { accessOrganizationId: scope.organizationId, accessContactId: scope.contactId };
}

/** The contact raised the ticket. */
export const requestedBy = (t = 't'): string => `${t}.requester_id = :accessContactId`;

/**
 * The contact is copied on the ticket. The ids are read first into an array (a contact is copied on
 * few tickets), so tickets are fetched by primary key rather than scanned to be matched.
 */
export const copiedOn = (t = 't'): string =>
  `${t}.id = ANY (ARRAY(SELECT cc.ticket_id FROM ticket_ccs cc WHERE cc.organization_id = :accessOrganizationId AND cc.contact_id = :accessContactId))`;

/**
 * The ticket was raised in the contact's company, and its sharing mode lets them `read` (or `comment`).
 * Written as an equality with a one-row subquery (the contact's company, when the mode grants it)
 * so that a list walks the (organization, company, updated_at) index of that one company.
 */
export const sharedByCompany = (right: 'read' | 'comment', t = 't'): string => {
  const grant =
    right === 'comment'
      ? `co.sharing_mode = 'everyone_comment'`
      : `(co.sharing_mode IN ('everyone_view', 'everyone_comment') OR (co.sharing_mode = 'managers' AND me.is_company_manager))`;
  return `${t}.company_id = (SELECT me.company_id FROM contacts me JOIN companies co ON co.id = me.company_id AND co.organization_id = me.organization_id
    WHERE me.organization_id = :accessOrganizationId AND me.id = :accessContactId AND ${grant})`;
};

/** The contact may read the ticket. */
export const contactMayRead = (t = 't'): string => `(${requestedBy(t)} OR ${copiedOn(t)} OR ${sharedByCompany('read', t)})`;

/** The contact may add a public reply to the ticket. */
export const contactMayComment = (t = 't'): string => `(${requestedBy(t)} OR ${copiedOn(t)} OR ${sharedByCompany('comment', t)})`;

/** A subquery of the ids of the tickets the contact may read, for tables keyed by ticket. */
export const readableTicketIds = (): string =>
  `SELECT t.id FROM tickets t WHERE t.organization_id = :accessOrganizationId AND ${contactMayRead('t')}`;

/** Whether the contact may comment on the ticket (read in the caller's transaction). */
export function mayComment(tx: TenantTx, scope: { organizationId: string; contactId: string }, ticketId: string): Promise<boolean> {
  return tx
    .select(Ticket, 't')
    .andWhere('t.id = :accessTicketId', { accessTicketId: ticketId })
    .andWhere(contactMayComment('t'), accessParams(scope))
    .getExists();
}
