// The enumerations a ticket is made of, once for the server (entities, SQL checks, GraphQL enums)
// and both clients (labels, filters).

/** The life of a request, as in every major helpdesk. */
export const TICKET_STATUSES = ['new', 'open', 'pending', 'solved', 'closed'] as const;
/** A ticket's status. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** Statuses still being worked: what the Unassigned and Mine views list. */
export const UNSOLVED_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending'];
/** How urgent agents consider a ticket. */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** A ticket's priority. */
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
/** What a message on a ticket is: a public reply or an internal note. */
export const TICKET_MESSAGE_KINDS = ['public_reply', 'internal_note'] as const;
/** A ticket message's kind. */
export type TicketMessageKind = (typeof TICKET_MESSAGE_KINDS)[number];
/**
 * Ticket lists and queue counts count at most this many matches (and one more, to know there are
 * more), so a count never scans a whole organization; the apps show "1,000+".
 */
export const TICKET_COUNT_LIMIT = 1000;
