import type { TicketView } from '../../app/navigation';

/** Values of the API's enums, as the queue uses them. */
export type TicketStatus = 'NEW' | 'OPEN' | 'PENDING' | 'SOLVED' | 'CLOSED';
export type TicketPriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type TicketQueueView = 'UNASSIGNED' | 'MINE' | 'OPEN' | 'OVERDUE' | 'PENDING' | 'SOLVED' | 'ALL';
export type TicketSortField = 'UPDATED_AT' | 'CREATED_AT' | 'PRIORITY' | 'NUMBER' | 'DUE_AT';
export type SortDirection = 'ASC' | 'DESC';

export const STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'PENDING', 'SOLVED', 'CLOSED'];
export const PRIORITIES: readonly TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** A queue's order. */
export interface QueueSort {
  field: TicketSortField;
  direction: SortDirection;
}

/** What narrows a view: every condition given must hold. Ids are the API's. */
export interface QueueFilters {
  status: TicketStatus[];
  priority: TicketPriority[];
  assigneeId: string | null;
  formId: string | null;
  requesterId: string | null;
  /** The tag view: tickets with this tag. */
  tagId: string | null;
  search: string;
}

/** Everything the queue's address says besides the view. */
export interface QueueParams {
  filters: QueueFilters;
  sort: QueueSort;
}

export const NO_FILTERS: QueueFilters = Object.freeze({
  status: [],
  priority: [],
  assigneeId: null,
  formId: null,
  requesterId: null,
  tagId: null,
  search: '',
});

const SORT_NAMES: Record<TicketSortField, string> = {
  UPDATED_AT: 'updated',
  CREATED_AT: 'created',
  PRIORITY: 'priority',
  NUMBER: 'number',
  DUE_AT: 'due',
};

/** The sort options, as one menu: "updated-desc" and so on. */
export const SORT_OPTIONS: readonly { value: string; label: string; sort: QueueSort }[] = [
  { value: 'due-asc', label: 'Due soonest', sort: { field: 'DUE_AT', direction: 'ASC' } },
  { value: 'updated-desc', label: 'Recently updated', sort: { field: 'UPDATED_AT', direction: 'DESC' } },
  { value: 'updated-asc', label: 'Least recently updated', sort: { field: 'UPDATED_AT', direction: 'ASC' } },
  { value: 'created-desc', label: 'Newest first', sort: { field: 'CREATED_AT', direction: 'DESC' } },
  { value: 'created-asc', label: 'Oldest first', sort: { field: 'CREATED_AT', direction: 'ASC' } },
  { value: 'priority-desc', label: 'Highest priority', sort: { field: 'PRIORITY', direction: 'DESC' } },
  { value: 'priority-asc', label: 'Lowest priority', sort: { field: 'PRIORITY', direction: 'ASC' } },
  { value: 'number-desc', label: 'Number, high to low', sort: { field: 'NUMBER', direction: 'DESC' } },
  { value: 'number-asc', label: 'Number, low to high', sort: { field: 'NUMBER', direction: 'ASC' } },
];

/** The API's view for a sidebar view key. */
export function apiView(key: TicketView['key']): TicketQueueView {
  return key.toUpperCase() as TicketQueueView;
}

/**
 * Each view's natural order: nobody's tickets oldest first so none waits forever; your own
 * least recently touched first; the rest by latest activity.
 */
export function defaultSort(key: TicketView['key']): QueueSort {
  if (key === 'unassigned') return { field: 'CREATED_AT', direction: 'ASC' };
  if (key === 'mine') return { field: 'UPDATED_AT', direction: 'ASC' };
  if (key === 'overdue') return { field: 'DUE_AT', direction: 'ASC' };
  return { field: 'UPDATED_AT', direction: 'DESC' };
}

/** The menu value of a sort ("priority-desc"). */
export function sortValue(sort: QueueSort): string {
  return `${SORT_NAMES[sort.field]}-${sort.direction.toLowerCase()}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SEARCH = 200;

/** Reads filters and sort from the queue's query string; unknown or malformed values are dropped. */
export function readQueueParams(search: string, view: TicketView['key']): QueueParams {
  const params = new URLSearchParams(search);
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] => {
    const wanted = new Set((params.get(name) ?? '').split(',').map((v) => v.trim().toUpperCase()));
    return allowed.filter((value) => wanted.has(value));
  };
  const id = (name: string): string | null => {
    const value = params.get(name)?.trim() ?? '';
    return UUID.test(value) ? value.toLowerCase() : null;
  };
  const sort = SORT_OPTIONS.find((option) => option.value === params.get('sort'))?.sort ?? defaultSort(view);
  return {
    filters: {
      status: list('status', STATUSES),
      priority: list('priority', PRIORITIES),
      assigneeId: id('assignee'),
      formId: id('form'),
      requesterId: id('requester'),
      tagId: id('tag'),
      search: (params.get('q') ?? '').trim().slice(0, MAX_SEARCH),
    },
    sort,
  };
}

/** The query string for filters and sort, leaving out what is default so a plain view keeps a plain address. */
export function writeQueueParams(value: QueueParams, view: TicketView['key']): string {
  const params = new URLSearchParams();
  const { filters, sort } = value;
  if (filters.status.length)
    params.set(
      'status',
      STATUSES.filter((s) => filters.status.includes(s))
        .join(',')
        .toLowerCase(),
    );
  if (filters.priority.length)
    params.set(
      'priority',
      PRIORITIES.filter((p) => filters.priority.includes(p))
        .join(',')
        .toLowerCase(),
    );
  if (filters.assigneeId) params.set('assignee', filters.assigneeId);
  if (filters.formId) params.set('form', filters.formId);
  if (filters.requesterId) params.set('requester', filters.requesterId);
  if (filters.tagId) params.set('tag', filters.tagId);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (sortValue(sort) !== sortValue(defaultSort(view))) params.set('sort', sortValue(sort));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The `filter` argument of `ticketQueue`, or null when nothing narrows the view. */
export function apiFilter(filters: QueueFilters): {
  status?: TicketStatus[];
  priority?: TicketPriority[];
  assigneeId?: string;
  formId?: string;
  requesterId?: string;
  tagId?: string;
  search?: string;
} | null {
  const filter = {
    ...(filters.status.length ? { status: filters.status } : {}),
    ...(filters.priority.length ? { priority: filters.priority } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.formId ? { formId: filters.formId } : {}),
    ...(filters.requesterId ? { requesterId: filters.requesterId } : {}),
    ...(filters.tagId ? { tagId: filters.tagId } : {}),
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** How many filters are set (the search counts as one), for the "Clear filters" button. */
export function activeFilterCount(filters: QueueFilters): number {
  return [
    filters.status.length > 0,
    filters.priority.length > 0,
    filters.assigneeId,
    filters.formId,
    filters.requesterId,
    filters.tagId,
    filters.search.trim(),
  ].filter(Boolean).length;
}
