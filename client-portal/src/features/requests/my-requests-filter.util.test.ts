import { describe, expect, it } from '@jest/globals';
import { readRequestFilters, statusesFor, writeRequestFilters } from './my-requests-filter.util';

describe('the filters of "My requests" in the address bar', () => {
  it('read a status and a search', () => {
    expect(readRequestFilters('?status=solved&q=%2312')).toEqual({ status: 'solved', search: '#12' });
  });

  it('fall back to every request for an unknown status', () => {
    expect(readRequestFilters('?status=deleted')).toEqual({ status: 'all', search: '' });
  });

  it('leave defaults out, so the plain list has a plain address', () => {
    expect(writeRequestFilters({ status: 'all', search: '  ' })).toBe('');
    expect(writeRequestFilters({ status: 'open', search: 'invoice address' })).toBe('?status=open&q=invoice+address');
  });

  it('survive a round trip', () => {
    const filters = { status: 'awaiting', search: 'laptop' } as const;
    expect(readRequestFilters(writeRequestFilters(filters))).toEqual(filters);
  });

  it('cap a search at what the API accepts', () => {
    expect(readRequestFilters(`?q=${'x'.repeat(500)}`).search).toHaveLength(200);
  });
});

describe('status filters', () => {
  it('count a request awaiting the customer as open', () => {
    expect(statusesFor('open')).toEqual(['NEW', 'OPEN', 'PENDING']);
  });

  it('ask for every status when showing all', () => {
    expect(statusesFor('all')).toBeNull();
  });
});
