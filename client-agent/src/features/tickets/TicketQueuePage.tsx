import { ticketCountLabel } from '@actionconnect/shared';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { TICKET_VIEWS, type TicketView } from '../../app/navigation';
import { NotFoundPage } from '../../app/NotFoundPage';
import { graphql } from '../../gql';
import { FormAlert, Icon, Spinner, useLoadMore } from '@actionconnect/ui';
import { QueueTable } from './QueueTable';
import { QueueToolbar, SortSelect } from './QueueToolbar';
import { ticketQueueCountsQuery } from './TicketCountBadge';
import { rememberQueuePath } from './queue-memory';
import { activeFilterCount, apiFilter, apiView, readQueueParams, writeQueueParams, type QueueParams } from './queue-params.util';
import './tickets.css';

const PAGE_SIZE = 25;

const ticketQueueQuery = graphql(`
  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilter, $sort: TicketQueueSort, $first: Int!, $after: String) {
    ticketQueue(view: $view, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        subject
        status
        priority
        createdAt
        updatedAt
        dueAt
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
    }
  }
`);

/** /tickets/:view: one ticket queue (Unassigned, Mine, All open, Pending, Solved, All tickets). */
export function TicketQueuePage() {
  const { view: key } = useParams();
  const view = TICKET_VIEWS.find((candidate) => candidate.key === key);
  if (!view) return <NotFoundPage />;
  return <TicketQueue key={view.key} view={view} />;
}

function TicketQueue({ view }: { view: TicketView }) {
  usePageTitle(view.label);
  const location = useLocation();
  const navigate = useNavigate();
  const params = readQueueParams(location.search, view.key);
  const { filters, sort } = params;
  useEffect(() => rememberQueuePath(`${location.pathname}${location.search}`), [location.pathname, location.search]);
  const setParams = (next: QueueParams) =>
    navigate({ pathname: location.pathname, search: writeQueueParams(next, view.key) }, { replace: true });

  // The sidebar's counts stay fresh while a queue is on screen.
  useQuery(ticketQueueCountsQuery, { pollInterval: 30_000, fetchPolicy: 'cache-and-network' });
  const { data, error, loading, fetchMore, refetch } = useQuery(ticketQueueQuery, {
    variables: { view: apiView(view.key), filter: apiFilter(filters), sort, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore("Couldn't load more tickets. Try again.");
  const page = data?.ticketQueue;

  async function loadMore() {
    const after = page?.pageInfo.endCursor;
    if (!after) return;
    await more.run(() =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ticketQueue: { ...fetchMoreResult.ticketQueue, nodes: [...previous.ticketQueue.nodes, ...fetchMoreResult.ticketQueue.nodes] },
        }),
      }),
    );
  }

  const filtered = activeFilterCount(filters) > 0;
  return (
    <div className="page page--wide queue-page">
      <header className="queue-header">
        <div>
          <p className="page-eyebrow">Tickets</p>
          <h1 className="page-title">{view.label}</h1>
          <p className="queue-description">{view.description}</p>
        </div>
        <div className="queue-header-side">
          {page && (
            <p className="queue-total" aria-live="polite">
              <strong>{ticketCountLabel(page.totalCount, page.totalCountCapped)}</strong>{' '}
              {page.totalCount === 1 && !page.totalCountCapped ? 'ticket' : 'tickets'}
              {filtered ? ' match' : ''}
            </p>
          )}
          <SortSelect params={params} onChange={setParams} />
          <button type="button" className="icon-button" onClick={() => void refetch()} disabled={loading}>
            <Icon name="refresh" label="Refresh" size={18} />
          </button>
        </div>
      </header>

      <QueueToolbar
        view={view.key}
        params={params}
        onChange={setParams}
        requester={page?.nodes.find((t) => t.requester.id === filters.requesterId)?.requester ?? null}
      />

      <section className="panel queue-panel" aria-label={`${view.label} tickets`}>
        {page ? (
          page.nodes.length > 0 ? (
            <QueueTable
              caption={`${view.label} tickets`}
              tickets={page.nodes}
              sort={sort}
              onSort={(next) => setParams({ filters, sort: next })}
              onRequester={(requesterId) => setParams({ filters: { ...filters, requesterId }, sort })}
            />
          ) : (
            <div className="empty-state">
              <span className="empty-state-icon">
                <Icon name={filtered ? 'filter' : view.icon} width={24} height={24} />
              </span>
              <h2 className="empty-state-title">{filtered ? 'No tickets match these filters' : 'Nothing here right now'}</h2>
              <div className="empty-state-text">
                <p>{filtered ? 'Try fewer filters, or search for something else.' : view.description}</p>
              </div>
            </div>
          )
        ) : error ? (
          <div className="empty-state">
            <h2 className="empty-state-title">Couldn't load the tickets</h2>
            <div className="empty-state-text">
              <FormAlert message={error.message || 'The server did not answer.'} />
            </div>
            <button type="button" className="button button--secondary" onClick={() => void refetch()}>
              Try again
            </button>
          </div>
        ) : (
          <div className="empty-state">
            <Spinner label="Loading tickets…" />
          </div>
        )}
      </section>

      {page && page.nodes.length > 0 && (
        <footer className="queue-footer">
          <span>
            Showing {page.nodes.length} of {ticketCountLabel(page.totalCount, page.totalCountCapped)}
          </span>
          {page.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => void loadMore()}
              disabled={more.loading}
            >
              {more.loading
                ? 'Loading…'
                : `Load ${page.totalCountCapped ? PAGE_SIZE : Math.min(PAGE_SIZE, page.totalCount - page.nodes.length)} more`}
            </button>
          )}
        </footer>
      )}
      <FormAlert message={more.error} />
    </div>
  );
}
