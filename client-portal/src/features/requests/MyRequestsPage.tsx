import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { EmptyState, FormAlert, Icon, Spinner, useLoadMore } from '@actionconnect/ui';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate, formatDateTime, formatRelativeTime, ticketCountLabel } from '@actionconnect/shared';
import { useSession } from '../session';
import { StatusBadge } from '../tickets';
import {
  MAX_SEARCH_LENGTH,
  REQUEST_STATUS_FILTERS,
  readRequestFilters,
  statusesFor,
  writeRequestFilters,
  type RequestFilters,
} from './my-requests-filter.util';
import './requests.css';
import { useLiveRequestList } from './useLiveRequestList';

const PAGE_SIZE = 20;

const myRequestsQuery = graphql(`
  query MyRequests($status: [TicketStatus!], $search: String, $first: Int!, $after: String) {
    myTickets(status: $status, search: $search, first: $first, after: $after) {
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
        createdAt
        updatedAt
      }
    }
  }
`);

/** /requests, for signed-in contacts: their requests, filtered by status, searchable, a page at a time. */
export function MyRequestsPage() {
  usePageTitle('My requests');
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const filters = readRequestFilters(location.search);
  const email = session.status === 'contact' ? session.contact.email : null;

  const setFilters = (next: RequestFilters) => navigate({ pathname: '/requests', search: writeRequestFilters(next) }, { replace: true });

  return (
    <>
      <PageHeader
        title="My requests"
        description={email ? `Requests sent from ${email}.` : undefined}
        actions={
          <Link to="/requests/new" className="button button--primary">
            Submit a request
          </Link>
        }
      />
      <div className="container section">
        <div className="list-toolbar">
          <nav className="segmented" aria-label="Filter by status">
            {REQUEST_STATUS_FILTERS.map((f) => (
              <Link
                key={f.value}
                to={{ pathname: '/requests', search: writeRequestFilters({ ...filters, status: f.value }) }}
                replace
                className={f.value === filters.status ? 'segmented-item segmented-item--active' : 'segmented-item'}
                aria-current={f.value === filters.status ? 'page' : undefined}
              >
                {f.label}
              </Link>
            ))}
          </nav>
          {/* Keyed by the search so the box follows the address when it changes. */}
          <SearchBox key={filters.search} initial={filters.search} onSearch={(search) => setFilters({ ...filters, search })} />
        </div>
        <RequestList filters={filters} onClear={() => setFilters({ status: 'all', search: '' })} />
      </div>
    </>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch(search: string): void }) {
  const [value, setValue] = useState(initial);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(value.trim());
  }
  return (
    <form role="search" className="search search--compact list-search" onSubmit={handleSubmit}>
      <label htmlFor="request-search" className="visually-hidden">
        Search your requests by number or subject
      </label>
      <Icon name="search" className="icon search-icon" />
      <input
        id="request-search"
        className="search-input"
        type="search"
        placeholder="Search by number or subject"
        maxLength={MAX_SEARCH_LENGTH}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          // Clearing the box (its × button included) shows everything again at once.
          if (event.target.value === '' && initial !== '') onSearch('');
        }}
      />
      <button type="submit" className="button search-button button--small">
        Search
      </button>
    </form>
  );
}

function RequestList({ filters, onClear }: { filters: RequestFilters; onClear(): void }) {
  const { data, error, loading, fetchMore, refetch } = useQuery(myRequestsQuery, {
    variables: { status: statusesFor(filters.status), search: filters.search || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRequestList();
  const more = useLoadMore("We couldn't load more requests. Try again.");
  const page = data?.myTickets;

  if (!page) {
    if (error) {
      return (
        <EmptyState
          icon="alert"
          title="We couldn't load your requests"
          action={
            <button type="button" className="button button--primary" onClick={() => void refetch()}>
              Try again
            </button>
          }
        >
          <p>Check your connection, then try again.</p>
        </EmptyState>
      );
    }
    return (
      <div className="page-loading">
        <Spinner label="Loading your requests…" />
      </div>
    );
  }

  const filtered = filters.status !== 'all' || filters.search !== '';
  if (page.nodes.length === 0) {
    return filtered ? (
      <EmptyState
        icon="search"
        title="No requests match"
        action={
          <button type="button" className="button button--ghost" onClick={onClear}>
            Show all requests
          </button>
        }
      >
        <p>{filters.search ? `Nothing matches “${filters.search}” with this status.` : 'You have no requests with this status.'}</p>
      </EmptyState>
    ) : (
      <EmptyState
        icon="inbox"
        title="You haven't sent any requests yet"
        action={
          <Link to="/requests/new" className="button button--primary">
            Submit a request
          </Link>
        }
      >
        <p>When you send us a request, you can follow it here and read our replies.</p>
      </EmptyState>
    );
  }

  async function loadMore() {
    const after = page?.pageInfo.endCursor;
    if (!after) return;
    await more.run(() =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          myTickets: { ...fetchMoreResult.myTickets, nodes: [...previous.myTickets.nodes, ...fetchMoreResult.myTickets.nodes] },
        }),
      }),
    );
  }

  const now = new Date();
  return (
    <>
      <div className="request-list-meta" aria-live="polite">
        {loading && !more.loading
          ? 'Updating…'
          : `${ticketCountLabel(page.totalCount, page.totalCountCapped)} ${page.totalCount === 1 && !page.totalCountCapped ? 'request' : 'requests'}`}
      </div>
      <ul className="request-list" data-testid="request-list">
        {page.nodes.map((ticket) => (
          <li key={ticket.id}>
            <Link to={`/requests/${ticket.number}`} className="request-row">
              <span className="request-row-main">
                <span className="request-row-subject">{ticket.subject}</span>
                <span className="request-row-meta">
                  #{ticket.number} · Submitted {formatDate(ticket.createdAt, now)}
                </span>
              </span>
              <StatusBadge status={ticket.status} />
              <span className="request-row-updated" title={formatDateTime(ticket.updatedAt)}>
                Updated {formatRelativeTime(ticket.updatedAt, now)}
              </span>
              <Icon name="chevronRight" className="icon request-row-arrow" />
            </Link>
          </li>
        ))}
      </ul>
      <FormAlert message={more.error} />
      {page.pageInfo.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button--ghost" onClick={() => void loadMore()} disabled={more.loading}>
            {more.loading ? 'Loading…' : `Show more (${page.nodes.length} of ${ticketCountLabel(page.totalCount, page.totalCountCapped)})`}
          </button>
        </div>
      )}
    </>
  );
}
