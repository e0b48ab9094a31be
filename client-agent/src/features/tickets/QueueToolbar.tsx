import { personName } from '@actionconnect/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAgentSession } from '../../app/agent-session';
import type { TicketView } from '../../app/navigation';
import { graphql } from '../../gql';
import { Icon } from '@actionconnect/ui';
import {
  NO_FILTERS,
  PRIORITIES,
  SORT_OPTIONS,
  STATUSES,
  activeFilterCount,
  sortValue,
  type QueueParams,
  type TicketPriority,
  type TicketStatus,
} from './queue-params.util';
import { priorityLabel, statusLabel } from './ticket-labels.util';

const queueFilterOptionsQuery = graphql(`
  query QueueFilterOptions {
    agents {
      id
      name
      email
    }
    intakeForms {
      id
      name
    }
    tags(first: 20) {
      id
      name
    }
  }
`);

interface QueueToolbarProps {
  view: TicketView['key'];
  params: QueueParams;
  onChange(next: QueueParams): void;
  /** The requester the queue is narrowed to, when their name is known from the rows. */
  requester: { name: string | null; email: string | null } | null;
}

// Views that already fix the status or the assignee do not offer to filter on it again.
const FIXED_STATUS: ReadonlySet<TicketView['key']> = new Set(['pending', 'solved']);
const FIXED_ASSIGNEE: ReadonlySet<TicketView['key']> = new Set(['unassigned', 'mine']);

/** Search, filters and order of a queue; every change goes to the address bar. */
export function QueueToolbar({ view, params, onChange, requester }: QueueToolbarProps) {
  const { agent } = useAgentSession();
  const { data } = useQuery(queueFilterOptionsQuery);
  const { filters, sort } = params;
  const setFilters = (next: Partial<QueueParams['filters']>) => onChange({ filters: { ...filters, ...next }, sort });

  return (
    <div className="queue-toolbar">
      <div className="queue-toolbar-row">
        <SearchBox key={filters.search} initial={filters.search} onSearch={(search) => setFilters({ search })} />
        {!FIXED_STATUS.has(view) && (
          <FilterSelect
            label="Status"
            value={filters.status.length === 1 ? filters.status[0] : ''}
            onChange={(value) => setFilters({ status: value ? [value as TicketStatus] : [] })}
            options={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
            anyLabel="Any status"
          />
        )}
        <FilterSelect
          label="Priority"
          value={filters.priority.length === 1 ? filters.priority[0] : ''}
          onChange={(value) => setFilters({ priority: value ? [value as TicketPriority] : [] })}
          options={[...PRIORITIES].reverse().map((p) => ({ value: p, label: priorityLabel(p) }))}
          anyLabel="Any priority"
        />
        {!FIXED_ASSIGNEE.has(view) && (
          <FilterSelect
            label="Assignee"
            value={filters.assigneeId ?? ''}
            onChange={(value) => setFilters({ assigneeId: value || null })}
            options={(data?.agents ?? []).map((a) => ({
              value: a.id,
              label: a.id === agent.id ? `${personName(a)} (you)` : personName(a, a.id),
            }))}
            anyLabel="Any assignee"
          />
        )}
        {(data?.intakeForms.length ?? 0) > 0 && (
          <FilterSelect
            label="Form"
            value={filters.formId ?? ''}
            onChange={(value) => setFilters({ formId: value || null })}
            options={(data?.intakeForms ?? []).map((f) => ({ value: f.id, label: f.name }))}
            anyLabel="Any form"
          />
        )}
        <FilterSelect
          label="Tag"
          value={filters.tagId ?? ''}
          onChange={(value) => setFilters({ tagId: value || null })}
          options={tagOptions(data?.tags ?? [], filters.tagId)}
          anyLabel="Any tag"
        />
      </div>
      {(filters.requesterId || activeFilterCount(filters) > 0) && (
        <div className="queue-toolbar-row queue-toolbar-row--chips">
          {filters.requesterId && (
            <span className="filter-chip">
              <Icon name="user" width={14} height={14} />
              Requester: {requester ? personName(requester) : 'selected contact'}
              <button type="button" className="filter-chip-remove" onClick={() => setFilters({ requesterId: null })}>
                <Icon name="close" width={14} height={14} label="Remove requester filter" />
              </button>
            </span>
          )}
          <button type="button" className="link-button" onClick={() => onChange({ filters: NO_FILTERS, sort })}>
            Clear all filters
          </button>
        </div>
      )}
    </div>
  );
}

/** The tag menu: the first tags by name, and the one the view is narrowed to even when it is not among them. */
function tagOptions(tags: readonly { id: string; name: string }[], selected: string | null): { value: string; label: string }[] {
  const options = tags.map((t) => ({ value: t.id, label: t.name }));
  if (selected && !tags.some((t) => t.id === selected)) options.push({ value: selected, label: 'Selected tag' });
  return options;
}

/** The queue's order, as one menu. */
export function SortSelect({ params, onChange }: { params: QueueParams; onChange(next: QueueParams): void }) {
  const { filters, sort } = params;
  return (
    <label className="toolbar-select">
      <span className="toolbar-select-label">Sort</span>
      <select
        className="select-input"
        value={sortValue(sort)}
        onChange={(event) => onChange({ filters, sort: SORT_OPTIONS.find((o) => o.value === event.target.value)?.sort ?? sort })}
      >
        {SORT_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function FilterSelect(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  anyLabel: string;
}) {
  return (
    <label className={props.value ? 'toolbar-select toolbar-select--active' : 'toolbar-select'}>
      <span className="toolbar-select-label">{props.label}</span>
      <select className="select-input" value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch(search: string): void }) {
  const [value, setValue] = useState(initial);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(value.trim());
  }
  return (
    <form role="search" className="queue-search" onSubmit={handleSubmit}>
      <Icon name="search" width={16} height={16} />
      <label htmlFor="queue-search" className="visually-hidden">
        Search tickets by number or subject
      </label>
      <input
        id="queue-search"
        type="search"
        placeholder="Search #number or subject"
        maxLength={200}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          if (event.target.value === '' && initial !== '') onSearch('');
        }}
      />
    </form>
  );
}
