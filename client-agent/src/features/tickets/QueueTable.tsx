import { Link, useNavigate } from 'react-router-dom';
import type { TicketQueueQuery } from '../../gql/graphql';
import { Icon } from '../../ui/Icon';
import { formatDateTime, formatRelativeTime } from '@actionconnect/shared';
import { Avatar, PriorityLabel, StatusPill } from './TicketBadges';
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
  const header = (label: string, field?: TicketSortField, className?: string) => {
    if (!field) {
      return (
        <th scope="col" className={className}>
          {label}
        </th>
      );
    }
    const active = sort.field === field;
    const next: QueueSort = { field, direction: active && sort.direction === 'DESC' ? 'ASC' : 'DESC' };
    return (
      <th scope="col" className={className} aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className={active ? 'sort-button sort-button--active' : 'sort-button'} onClick={() => onSort(next)}>
          {label}
          {active && <Icon name={sort.direction === 'ASC' ? 'arrowUp' : 'arrowDown'} width={13} height={13} />}
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll">
      <table className="queue-table queue-table--dense" data-testid="ticket-queue">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('#', 'NUMBER', 'col-number')}
            {header('Subject', undefined, 'col-subject')}
            {header('Requester', undefined, 'col-requester')}
            {header('Status', undefined, 'col-status')}
            {header('Priority', 'PRIORITY', 'col-priority')}
            {header('Assignee', undefined, 'col-assignee')}
            {header('Updated', 'UPDATED_AT', 'col-updated')}
          </tr>
        </thead>
        <tbody>
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
                  title={`Show tickets from ${ticket.requester.name ?? ticket.requester.email ?? 'this requester'}`}
                  onClick={() => onRequester(ticket.requester.id)}
                >
                  <span className="requester-name">{ticket.requester.name ?? ticket.requester.email}</span>
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
              <td className="col-updated" title={formatDateTime(ticket.updatedAt)}>
                {formatRelativeTime(ticket.updatedAt, now)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
