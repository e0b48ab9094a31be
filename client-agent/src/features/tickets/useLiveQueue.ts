import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';

// Every ticket of the workspace as it changes. The row lands in the normalized cache, so an open
// queue shows the new status, priority or assignee at once. The queue list is fetched again only
// when the ticket may have joined or left a view: it is new here, or its status or assignee moved.
// The counts are fetched again (one small statement), coalesced to at most one per second.
const liveRowFragment = graphql(`
  fragment LiveQueueRow on Ticket {
    id
    number
    subject
    status
    priority
    createdAt
    updatedAt
    requester {
      id
      name
      email
    }
    assignee {
      id
      name
    }
  }
`);

const organizationTicketChangedSubscription = graphql(`
  subscription OrganizationTicketChanged {
    organizationTicketChanged {
      ...LiveQueueRow
    }
  }
`);

const rowFragment = graphql(`
  fragment LiveQueueRowBefore on Ticket {
    id
    status
    assignee {
      id
    }
  }
`);

/** Keeps the sidebar counts and the open queue current while the agent app is open. */
export function useLiveQueue(): void {
  const client = useApolloClient();
  const pending = useRef<{ counts: boolean; queue: boolean; timer: ReturnType<typeof setTimeout> | null }>({
    counts: false,
    queue: false,
    timer: null,
  });
  useEffect(() => () => void (pending.current.timer && clearTimeout(pending.current.timer)), []);
  useSubscription(organizationTicketChangedSubscription, {
    // Written below, after comparing with what the cache held before.
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const ticket = data.data?.organizationTicketChanged;
      if (!ticket) return;
      const id = client.cache.identify({ __typename: 'Ticket', id: ticket.id });
      const before = id ? client.cache.readFragment({ id, fragment: rowFragment }) : null;
      const state = pending.current;
      state.counts = true;
      if (!before || before.status !== ticket.status || before.assignee?.id !== ticket.assignee?.id) state.queue = true;
      client.writeFragment({ id, fragment: liveRowFragment, fragmentName: 'LiveQueueRow', data: ticket });
      if (state.timer) return;
      state.timer = setTimeout(() => {
        const include = [...(state.counts ? ['TicketQueueCounts'] : []), ...(state.queue ? ['TicketQueue'] : [])];
        state.counts = state.queue = false;
        state.timer = null;
        void client.refetchQueries({ include });
      }, 1000);
    },
  });
}
