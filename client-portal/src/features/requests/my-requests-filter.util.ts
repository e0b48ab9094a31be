import type { TicketStatus } from '../tickets';

/** The status choices of "My requests", each a set of API statuses. */
export type RequestStatusFilter = 'all' | 'open' | 'awaiting' | 'solved' | 'closed';

/** The filter tabs, in display order. */
export const REQUEST_STATUS_FILTERS: readonly { value: RequestStatusFilter; label: string; statuses: readonly TicketStatus[] | null }[] = [
  { value: 'all', label: 'All', statuses: null },
  { value: 'open', label: 'Open', statuses: ['NEW', 'OPEN', 'PENDING'] },
  { value: 'awaiting', label: 'Awaiting your reply', statuses: ['PENDING'] },
  { value: 'solved', label: 'Solved', statuses: ['SOLVED'] },
  { value: 'closed', label: 'Closed', statuses: ['CLOSED'] },
];

/** What "My requests" shows: a status choice and a search by number or subject. */
export interface RequestFilters {
  status: RequestStatusFilter;
  search: string;
}

/** The API's search accepts up to 200 characters. */
export const MAX_SEARCH_LENGTH = 200;

/** Reads the filters from the page's query string (`?status=open&q=invoice`); anything unknown is ignored. */
export function readRequestFilters(search: string): RequestFilters {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const known = REQUEST_STATUS_FILTERS.find((f) => f.value === status);
  return {
    status: known?.value ?? 'all',
    search: (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH),
  };
}

/** The query string for these filters, leaving out defaults so the plain page stays "/requests". */
export function writeRequestFilters(filters: RequestFilters): string {
  const params = new URLSearchParams();
  if (filters.status !== 'all') params.set('status', filters.status);
  const search = filters.search.trim();
  if (search) params.set('q', search);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The `status` argument of `myTickets` for a filter; null asks for every status. */
export function statusesFor(filter: RequestStatusFilter): TicketStatus[] | null {
  const statuses = REQUEST_STATUS_FILTERS.find((f) => f.value === filter)?.statuses;
  return statuses ? [...statuses] : null;
}
