import { personInitials } from '@actionconnect/shared';
import { priorityLabel, statusLabel } from './ticket-labels.util';

/** A ticket's status as a coloured pill. */
export function StatusPill({ status }: { status: string }) {
  return <span className={`status-pill status-pill--${status.toLowerCase()}`}>{statusLabel(status)}</span>;
}

/** A ticket's priority: a flag coloured by urgency, then its name. */
export function PriorityLabel({ priority }: { priority: string }) {
  return (
    <span className={`priority priority--${priority.toLowerCase()}`}>
      <span className="priority-mark" aria-hidden="true" />
      {priorityLabel(priority)}
    </span>
  );
}

/** A small round avatar with a person's initials. */
export function Avatar({ name, tone = 'neutral' }: { name: string | null | undefined; tone?: 'neutral' | 'agent' | 'contact' }) {
  return (
    <span className={`mini-avatar mini-avatar--${tone}`} aria-hidden="true">
      {personInitials(name)}
    </span>
  );
}
