import { parseInstant } from '@actionconnect/shared';
import type { TicketPriority, TicketStatus } from './queue-params.util';

const STATUS_LABELS: Record<TicketStatus, string> = { NEW: 'New', OPEN: 'Open', PENDING: 'Pending', SOLVED: 'Solved', CLOSED: 'Closed' };
const PRIORITY_LABELS: Record<TicketPriority, string> = { LOW: 'Low', NORMAL: 'Normal', HIGH: 'High', URGENT: 'Urgent' };

/** A status as agents read it. */
export function statusLabel(status: string): string {
  return STATUS_LABELS[status.toUpperCase() as TicketStatus] ?? status;
}

/** A priority as agents read it. */
export function priorityLabel(priority: string): string {
  return PRIORITY_LABELS[priority.toUpperCase() as TicketPriority] ?? priority;
}

/**
 * The statuses an agent may move a ticket to, as the API allows: anything but back to New, and
 * nothing at all once it is closed.
 */
export function statusChoices(current: TicketStatus): TicketStatus[] {
  if (current === 'CLOSED') return ['CLOSED'];
  return (['NEW', 'OPEN', 'PENDING', 'SOLVED', 'CLOSED'] as const).filter((s) => s !== 'NEW' || current === 'NEW');
}

/** A custom field as the history needs it: to print its stored values. */
export interface FieldLabels {
  label: string;
  type: string;
  options: readonly { value: string; label: string }[];
}

/** A stored custom field value as a person reads it: option labels, Yes/No, "empty". */
export function displayFieldValue(field: FieldLabels | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return 'empty';
  const label = (v: unknown) => field?.options.find((o) => o.value === v)?.label ?? String(v);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(label).join(', ');
  return label(value);
}

/** A history event as the API sends it to agents. */
export interface HistoryEvent {
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  details?: unknown;
}

/** Names the history needs: agents by id (for assignments) and custom fields by key. */
export interface HistoryContext {
  agentName(id: string): string | undefined;
  field(key: string): FieldLabels | undefined;
}

/** What an event did, to follow the actor's name: "changed the priority from Normal to High". */
export function describeEvent(event: HistoryEvent, context: HistoryContext): string {
  const details = (event.details && typeof event.details === 'object' ? event.details : {}) as Record<string, unknown>;
  switch (event.type) {
    case 'CREATED':
      return 'submitted the request';
    case 'STATUS_CHANGED': {
      const from = event.fromStatus ?? (typeof details.from === 'string' ? details.from : null);
      const to = event.toStatus ?? (typeof details.to === 'string' ? details.to : null);
      if (!to) return 'changed the status';
      if (details.reason === 'bad_rating') return `reopened the request with a bad rating`;
      return from ? `changed the status from ${statusLabel(from)} to ${statusLabel(to)}` : `set the status to ${statusLabel(to)}`;
    }
    case 'PRIORITY_CHANGED':
      return `changed the priority from ${priorityLabel(String(details.from ?? ''))} to ${priorityLabel(String(details.to ?? ''))}`;
    case 'ASSIGNEE_CHANGED': {
      const name = (id: unknown) => (typeof id === 'string' ? (context.agentName(id) ?? 'a former agent') : null);
      const to = name(details.to);
      const from = name(details.from);
      if (!to) return from ? `unassigned ${from}` : 'unassigned the ticket';
      return from ? `reassigned the ticket from ${from} to ${to}` : `assigned the ticket to ${to}`;
    }
    case 'FIELD_CHANGED': {
      const key = typeof details.key === 'string' ? details.key : '';
      const field = context.field(key);
      const name = field?.label ?? (key || 'a field');
      const to = displayFieldValue(field, details.to);
      if (to === 'empty') return `cleared ${name}`;
      const from = displayFieldValue(field, details.from);
      return from === 'empty' ? `set ${name} to ${to}` : `changed ${name} from ${from} to ${to}`;
    }
    case 'CC_ADDED':
    case 'CC_REMOVED': {
      if (details.reason === 'anonymized') return 'removed a former contact from the CCs (anonymized)';
      const who = typeof details.email === 'string' ? details.email : 'someone';
      return event.type === 'CC_ADDED' ? `copied ${who}` : `removed ${who} from the CCs`;
    }
    case 'SATISFACTION_RATED': {
      const rating = details.rating === 'bad' ? 'Bad' : 'Good';
      const verb = details.from === 'good' || details.from === 'bad' ? 'changed their rating to' : 'rated the request';
      return `${verb} ${rating}${typeof details.comment === 'string' && details.comment ? `: “${details.comment}”` : ''}`;
    }
    case 'REQUESTER_ANONYMIZED':
      return 'anonymized the requester: name, email and files erased';
    case 'SLA_BREACHED': {
      const target =
        { first_response: 'first reply', next_response: 'next reply', resolution: 'resolution' }[String(details.target)] ?? 'a';
      return `passed the ${target} target`;
    }
    case 'TAG_ADDED':
    case 'TAG_REMOVED': {
      const tag = typeof details.name === 'string' ? `“${details.name}”` : 'a tag';
      return event.type === 'TAG_ADDED' ? `tagged the ticket ${tag}` : `removed the tag ${tag}`;
    }
    case 'MERGED_FROM':
      return `merged #${String(details.number ?? '?')} into this ticket`;
    case 'MERGED_INTO':
      return `merged this ticket into #${String(details.number ?? '?')}`;
    default:
      return 'updated the ticket';
  }
}

/** A due time as the queue says it: "due in 45 min", "due in 2 h", "due in 3 days", "overdue 3 h"; null when nothing is due. */
export function dueLabel(value: unknown, now: Date = new Date()): { text: string; overdue: boolean } | null {
  const due = parseInstant(value);
  if (!due) return null;
  const left = due.getTime() - now.getTime();
  const span = Math.abs(left);
  const minutes = Math.floor(span / 60_000);
  const amount =
    minutes < 60
      ? `${Math.max(minutes, 1)} min`
      : minutes < 48 * 60
        ? `${Math.floor(minutes / 60)} h`
        : `${Math.floor(minutes / 1440)} days`;
  return left < 0 ? { text: `overdue ${amount}`, overdue: true } : { text: `due in ${amount}`, overdue: false };
}
