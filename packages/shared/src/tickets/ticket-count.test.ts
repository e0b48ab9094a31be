import { ticketCountLabel } from './ticket-count';

describe('ticketCountLabel', () => {
  it('shows an exact count as it is, with grouping', () => {
    expect(ticketCountLabel(0)).toBe('0');
    expect(ticketCountLabel(999)).toBe('999');
    expect(ticketCountLabel(1000)).toBe('1,000');
  });

  it('shows a count the server stopped at as "1,000+"', () => {
    expect(ticketCountLabel(1000, true)).toBe('1,000+');
    expect(ticketCountLabel(1001)).toBe('1,000+');
  });
});
