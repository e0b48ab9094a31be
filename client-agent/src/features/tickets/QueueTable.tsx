import { Link, useNavigate } from 'react-router-dom';
import type { TicketQueueQuery } from '../../gql/graphql';
import { DataTable, Icon, type DataTableColumn } from '@actionconnect/ui';
import { formatDateTime, formatRelativeTime, personName } from '@actionconnect/shared';
import { Avatar, PriorityLabel, StatusPill } from './TicketBadges';
import { dueLabel } from './ticket-labels.util';
import type { QueueSort, TicketSortField } from './queue-params.util';

type QueueTicket = TicketQueueQuery['ticketQueue']['nodes'][number];

interface QueueTableProps {
  caption: string;
  tickets: QueueTicket[];
  sort: QueueSort;
  onSort(sort: QueueSort): void;
  onRequester(requesterId: string): void;
}

/** The path of a ticket's page in the agent app. */
export function ticketPath(number: number): string {
  return `/tickets/t/${number}`;
}

/** A dense table of tickets; a row opens its ticket, sortable columns sort the queue. */
export function QueueTable({ caption, tickets, sort, onSort, onRequester }: QueueTableProps) {
  const navigate = useNavigate();
  const now = new Date();
  const column = (key: string, header: string, field?: TicketSortField): DataTableColumn => {
    const className = `col-${key}`;
    if (!field) return { key, header, className };
    const active = sort.field === field;
    const next: QueueSort = { field, direction: active && sort.direction === 'DESC' ? 'ASC' : 'DESC' };
    return {
      key,
      className,
      sort: active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : undefined,
      header: (
        <button type="button" className={active ? 'sort-button sort-button--active' : 'sort-button'} onClick={() => onSort(next)}>
          {header}
          {active && <Icon name={sort.direction === 'ASC' ? 'arrowUp' : 'arrowDown'} size={13} />}
        </button>
      ),
    };
  };
  const columns = [
    column('number', '#', 'NUMBER'),
    column('subject', 'Subject'),
    column('requester', 'Requester'),
    column('status', 'Status'),
    column('priority', 'Priority', 'PRIORITY'),
    column('assignee', 'Assignee'),
    column('due', 'Due', 'DUE_AT'),
    column('updated', 'Updated', 'UPDATED_AT'),
  ];

  return (
    <DataTable columns={columns} caption={caption} density="compact" interactive scroll className="queue-table" data-testid="ticket-queue">
      {tickets.map((ticket) => (
        <tr
          key={ticket.id}
          className="queue-row"
          onClick={(event) => {
            // A click on a link or button in the row does its own thing.
            if ((event.target as HTMLElement).closest('a, button')) return;
            navigate(ticketPath(ticket.number));
          }}
        >
          <td className="col-number">#{ticket.number}</td>
          <td className="col-subject">
            <Link to={ticketPath(ticket.number)} className="queue-subject">
              {ticket.subject}
            </Link>
          </td>
          <td className="col-requester">
            <button
              type="button"
              className="requester-button"
              title={`Show tickets from ${personName(ticket.requester, 'this requester')}`}
              onClick={() => onRequester(ticket.requester.id)}
            >
              <span className="requester-name">{personName(ticket.requester)}</span>
              {ticket.requester.name && <span className="requester-email">{ticket.requester.email}</span>}
            </button>
          </td>
          <td className="col-status">
            <StatusPill status={ticket.status} />
          </td>
          <td className="col-priority">
            <PriorityLabel priority={ticket.priority} />
          </td>
          <td className="col-assignee">
            {ticket.assignee ? (
              <span className="assignee">
                <Avatar name={ticket.assignee.name} tone="agent" />
                <span>{ticket.assignee.name}</span>
              </span>
            ) : (
              <span className="muted">Unassigned</span>
            )}
          </td>
          <DueCell dueAt={ticket.dueAt} now={now} />
          <td className="col-updated" title={formatDateTime(ticket.updatedAt)}>
            {formatRelativeTime(ticket.updatedAt, now)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** "due in 2 h", or "overdue 3 h" in red; empty when nothing is due. */
function DueCell({ dueAt, now }: { dueAt: unknown; now: Date }) {
  const due = dueLabel(dueAt, now);
  if (!due) return <td className="col-due" />;
  return (
    <td className={due.overdue ? 'col-due due--overdue' : 'col-due'} title={formatDateTime(dueAt)} data-testid="due-cell">
      {due.text}
    </td>
  );
}
