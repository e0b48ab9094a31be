// What other features may use from tickets; everything else in this folder is its own business.
export { StatusBadge } from './StatusBadge';
export type { TicketStatus } from './ticket-status.util';
