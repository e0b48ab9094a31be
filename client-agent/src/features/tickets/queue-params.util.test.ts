import { describe, expect, it } from '@jest/globals';
import {
  NO_FILTERS,
  activeFilterCount,
  apiFilter,
  apiView,
  defaultSort,
  readQueueParams,
  writeQueueParams,
  type QueueParams,
} from './queue-params.util';

const agentId = '0b6f2a52-3f0c-4f0e-9d43-5d2b1b0d6f11';
const formId = '5e1e4b4d-8a67-4a43-b0c0-7a1c4f3f9b22';

describe('the queue’s address', () => {
  it('holds every filter and the sort, and reads back the same', () => {
    const params: QueueParams = {
      filters: {
        status: ['OPEN', 'PENDING'],
        priority: ['URGENT'],
        assigneeId: agentId,
        formId,
        requesterId: null,
        tagId: formId,
        search: '#42',
      },
      sort: { field: 'PRIORITY', direction: 'DESC' },
    };
    const search = writeQueueParams(params, 'open');
    expect(search).toBe(
      `?status=open%2Cpending&priority=urgent&assignee=${agentId}&form=${formId}&tag=${formId}&q=%2342&sort=priority-desc`,
    );
    expect(readQueueParams(search, 'open')).toEqual(params);
  });

  it('stays plain for a view with no filters and its own order', () => {
    expect(writeQueueParams({ filters: NO_FILTERS, sort: defaultSort('unassigned') }, 'unassigned')).toBe('');
  });

  it('drops what it does not understand instead of failing', () => {
    const read = readQueueParams('?status=open,bogus&priority=extreme&assignee=not-an-id&sort=sideways', 'all');
    expect(read.filters).toEqual({ ...NO_FILTERS, status: ['OPEN'] });
    expect(read.sort).toEqual(defaultSort('all'));
  });

  it('keeps statuses in their natural order whatever order they were typed in', () => {
    expect(readQueueParams('?status=solved,new', 'all').filters.status).toEqual(['NEW', 'SOLVED']);
  });
});

describe('queue views', () => {
  it('map to the API’s views', () => {
    expect(apiView('unassigned')).toBe('UNASSIGNED');
    expect(apiView('all')).toBe('ALL');
  });

  it('put unowned tickets oldest first, so none waits forever', () => {
    expect(defaultSort('unassigned')).toEqual({ field: 'CREATED_AT', direction: 'ASC' });
    expect(defaultSort('solved')).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
  });
});

describe('the filter sent to the API', () => {
  it('is null when nothing narrows the view', () => {
    expect(apiFilter(NO_FILTERS)).toBeNull();
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('carries only what is set', () => {
    const filters = { ...NO_FILTERS, priority: ['HIGH' as const], search: '  laptop ' };
    expect(apiFilter(filters)).toEqual({ priority: ['HIGH'], search: 'laptop' });
    expect(activeFilterCount(filters)).toBe(2);
  });
});
