// What other features use of the tickets feature.
export { ticketPath } from './QueueTable';
export { StatusPill } from './TicketBadges';
export { priorityLabel, statusLabel } from './ticket-labels.util';
