import { badInput, forbidden } from '../errors';
import type { TicketStatus } from '../modules/tickets/ticket.entity';

// The rules of a ticket's life, as small functions the services call inside their transactions.

export { UNSOLVED_STATUSES } from '@actionconnect/shared';

/** A closed ticket is read-only for everyone; a follow-up is a new request. */
export function assertWritable(ticket: { status: TicketStatus }): void {
  if (ticket.status === 'closed') throw forbidden('This request is closed and can no longer be changed. Submit a new request instead.');
}

/** A requester's reply puts a ticket waiting on them, or one they thought solved, back in the agents' hands. */
export function statusAfterRequesterReply(status: TicketStatus): TicketStatus {
  return status === 'solved' || status === 'pending' ? 'open' : status;
}

/** A contact may mark their request solved, or reopen a solved one, and change its status no other way (a reply reopens it too). */
export function assertContactStatusChange(from: TicketStatus, to: TicketStatus): void {
  assertWritable({ status: from });
  if (to === 'open' && from === 'solved') return;
  if (to !== 'solved') throw forbidden('You can mark a request as solved, or reopen a solved one.');
}

/** Agents move tickets freely, except out of closed and back to new. */
export function assertAgentStatusChange(from: TicketStatus, to: TicketStatus): void {
  assertWritable({ status: from });
  if (to === 'new' && from !== 'new') throw badInput('A ticket cannot go back to new.', 'status');
}

/** An agent's public reply to a new ticket means someone is on it. */
export function statusAfterAgentReply(status: TicketStatus): TicketStatus {
  return status === 'new' ? 'open' : status;
}
