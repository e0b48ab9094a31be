import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

// The request as the API reads it for this contact (public replies, status, contact-visible fields
// only), written into the normalized cache by id: the page re-renders without a refetch.
const liveRequestSubscription = graphql(`
  subscription LiveRequest($number: Int!) {
    ticketChanged(number: $number) {
      ...PortalTicketDetail
    }
  }
`);

/** Keeps one request's page current while it is open: an agent's reply or a status change shows up by itself. */
export function useLiveRequest(number: number): void {
  useSubscription(liveRequestSubscription, { variables: { number } });
}
