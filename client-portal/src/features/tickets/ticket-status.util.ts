/** A request's status as the API names it. */
export type TicketStatus = 'NEW' | 'OPEN' | 'PENDING' | 'SOLVED' | 'CLOSED';

/** Every status, in the order a request moves through them. */
export const TICKET_STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'PENDING', 'SOLVED', 'CLOSED'];

// Worded for the customer: "pending" means the team is waiting on them.
const LABELS: Record<TicketStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING: 'Awaiting your reply',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};

/** The status as the portal shows it to the requester. */
export function statusLabel(status: TicketStatus): string {
  return LABELS[status] ?? status;
}

/** A closed request is read-only: no replies, no status change. */
export function canReply(status: TicketStatus): boolean {
  return status !== 'CLOSED';
}

/** The requester may mark a request solved while it is still being worked. */
export function canMarkSolved(status: TicketStatus): boolean {
  return status === 'NEW' || status === 'OPEN' || status === 'PENDING';
}

/** What sending a reply will do, said before the requester sends it; null when nothing notable. */
export function replyNotice(status: TicketStatus): string | null {
  if (status === 'SOLVED') return 'This request is solved. Replying opens it again.';
  if (status === 'PENDING') return 'We are waiting for your reply.';
  return null;
}

/** Why a request can no longer be changed, for the place the reply box would be. */
export const CLOSED_EXPLANATION =
  'Closed requests can no longer be replied to. If you still need help, submit a new request and mention this one.';
