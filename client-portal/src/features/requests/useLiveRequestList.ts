import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';

// The contact's own requests as they change (the API sends nothing else). A row lands in the
// normalized cache at once; the list is fetched again, at most once a second, only when a request
// is new here or its status moved, since it may then join or leave the filtered list.
const liveRequestRowFragment = graphql(`
  fragment LiveRequestRow on Ticket {
    id
    number
    subject
    status
    createdAt
    updatedAt
  }
`);

const myTicketChangedSubscription = graphql(`
  subscription MyTicketChanged {
    myTicketChanged {
      ...LiveRequestRow
    }
  }
`);

/** Keeps the request list current while it is open. */
export function useLiveRequestList(): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useSubscription(myTicketChangedSubscription, {
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const ticket = data.data?.myTicketChanged;
      if (!ticket) return;
      const id = client.cache.identify({ __typename: 'Ticket', id: ticket.id });
      const before = id ? client.cache.readFragment({ id, fragment: liveRequestRowFragment }) : null;
      client.writeFragment({ id, fragment: liveRequestRowFragment, data: ticket });
      if ((before && before.status === ticket.status) || timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        void client.refetchQueries({ include: ['MyRequests'] });
      }, 1000);
    },
  });
}
