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

graphql(`
  fragment RequestListPage on TicketConnection {
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
      raisedBy
    }
  }
`);

// One document for both lists ("My requests" and "Requests from my company"): the same filters
// and paging, and the same rows; `company` picks which of the two the API answers.
const myRequestsQuery = graphql(`
  query MyRequests($company: Boolean!, $status: [TicketStatus!], $search: String, $first: Int!, $after: String) {
    myTickets(status: $status, search: $search, first: $first, after: $after) @skip(if: $company) {
      ...RequestListPage
    }
    companyRequests(status: $status, search: $search, first: $first, after: $after) @include(if: $company) {
      ...RequestListPage
    }
  }
`);

const myCompanyQuery = graphql(`
  query MyCompany {
    myCompany {
      name
      seesCompanyRequests
    }
  }
`);

/** Which list a page shows: the contact's own requests (and those they are copied on), or their company's. */
export type RequestScope = 'mine' | 'company';

const PATHS: Record<RequestScope, string> = { mine: '/requests', company: '/requests/company' };

/**
 * /requests and /requests/company, for signed-in contacts: their requests, or those their company
 * shares with them, filtered by status, searchable, a page at a time.
 */
export function MyRequestsPage({ scope = 'mine' }: { scope?: RequestScope }) {
  const company = useQuery(myCompanyQuery).data?.myCompany ?? null;
  const title = scope === 'company' ? 'Requests from my company' : 'My requests';
  usePageTitle(title);
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const filters = readRequestFilters(location.search);
  const email = session.status === 'contact' ? session.contact.email : null;
  const pathname = PATHS[scope];

  const setFilters = (next: RequestFilters) => navigate({ pathname, search: writeRequestFilters(next) }, { replace: true });
  const description =
    scope === 'company'
      ? company
        ? `Requests raised at ${company.name}.`
        : undefined
      : email
        ? `Requests sent from ${email}, and those you are copied on.`
        : undefined;

  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <Link to="/requests/new" className="button button--primary">
            Submit a request
          </Link>
        }
      />
      <div className="container section">
        {company?.seesCompanyRequests && (
          <nav className="segmented request-scope" aria-label="Whose requests">
            {(['mine', 'company'] as const).map((s) => (
              <Link
                key={s}
                to={PATHS[s]}
                className={s === scope ? 'segmented-item segmented-item--active' : 'segmented-item'}
                aria-current={s === scope ? 'page' : undefined}
              >
                {s === 'mine' ? 'My requests' : 'Requests from my company'}
              </Link>
            ))}
          </nav>
        )}
        <div className="list-toolbar">
          <nav className="segmented" aria-label="Filter by status">
            {REQUEST_STATUS_FILTERS.map((f) => (
              <Link
                key={f.value}
                to={{ pathname, search: writeRequestFilters({ ...filters, status: f.value }) }}
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
        <RequestList scope={scope} filters={filters} onClear={() => setFilters({ status: 'all', search: '' })} />
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

function RequestList({ scope, filters, onClear }: { scope: RequestScope; filters: RequestFilters; onClear(): void }) {
  const { data, error, loading, fetchMore, refetch } = useQuery(myRequestsQuery, {
    variables: { company: scope === 'company', status: statusesFor(filters.status), search: filters.search || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRequestList();
  const more = useLoadMore("We couldn't load more requests. Try again.");
  const page = scope === 'company' ? data?.companyRequests : data?.myTickets;

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
    ) : scope === 'company' ? (
      <EmptyState icon="inbox" title="No requests from your company yet">
        <p>Requests your colleagues send appear here.</p>
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
        updateQuery: (previous, { fetchMoreResult }) => {
          const key = scope === 'company' ? 'companyRequests' : 'myTickets';
          const before = previous[key];
          const next = fetchMoreResult[key];
          return before && next ? { [key]: { ...next, nodes: [...before.nodes, ...next.nodes] } } : fetchMoreResult;
        },
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
                  {ticket.raisedBy ? ` · raised by ${ticket.raisedBy}` : ''}
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
