import { statusLabel, type TicketStatus } from './ticket-status.util';
import './status-badge.css';

/** A request's status as a coloured pill, worded for the requester. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`} data-testid="request-status">
      {statusLabel(status)}
    </span>
  );
}
