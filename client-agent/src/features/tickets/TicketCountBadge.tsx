import { useQuery } from '@apollo/client/react';
import type { TicketView } from '../../app/navigation';
import { ticketCountLabel } from '@actionconnect/shared';
import { graphql } from '../../gql';
import './tickets.css';

/** How many tickets each view holds; ticket pages refetch it by name after every change. */
export const ticketQueueCountsQuery = graphql(`
  query TicketQueueCounts {
    ticketQueueCounts {
      countLimit
      unassigned
      mine
      open
      pending
      solved
      all
      overdue
    }
  }
`);

/** The number of tickets in a view, beside its sidebar link; nothing until the counts arrive. */
export function TicketCountBadge({ view }: { view: TicketView['key'] }) {
  // Every badge reads the same cached answer: one request for the whole sidebar.
  const { data } = useQuery(ticketQueueCountsQuery);
  const count = data?.ticketQueueCounts[view];
  if (count === undefined) return null;
  return (
    <span className={count > 0 ? 'sidebar-count' : 'sidebar-count sidebar-count--zero'} data-testid={`queue-count-${view}`}>
      <span className="visually-hidden">: </span>
      {ticketCountLabel(count, count > (data?.ticketQueueCounts.countLimit ?? Infinity))}
      <span className="visually-hidden"> tickets</span>
    </span>
  );
}
