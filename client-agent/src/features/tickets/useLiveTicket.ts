import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

// Replies, notes, events and properties as they change (by anyone, on any instance), written into
// the normalized cache by id: the ticket page re-renders without a refetch.
const liveTicketSubscription = graphql(`
  subscription LiveTicket($number: Int!) {
    ticketChanged(number: $number) {
      ...AgentTicketDetail
    }
  }
`);

/** Keeps one ticket's page current while it is open. */
export function useLiveTicket(number: number): void {
  useSubscription(liveTicketSubscription, { variables: { number } });
}
