import { CombinedGraphQLErrors } from '@apollo/client';
import { apiErrorsOf, isNotFound, ticketNumberFrom } from './api-errors';

const notFound = new CombinedGraphQLErrors({ errors: [{ message: 'No such ticket', extensions: { code: 'NOT_FOUND' } }] });

describe('errors from the API', () => {
  it('a lost connection reads as one NETWORK_ERROR', () => {
    expect(apiErrorsOf(new Error('fetch failed'))).toEqual([{ message: '', extensions: { code: 'NETWORK_ERROR' } }]);
  });

  it('"not found" is told apart from an outage, so the page does not offer to try again', () => {
    expect(isNotFound(notFound)).toBe(true);
    expect(isNotFound(new Error('fetch failed'))).toBe(false);
    expect(isNotFound(undefined)).toBe(false);
  });
});

describe('a ticket number in the address', () => {
  it('is a whole number of at most nine digits', () => {
    expect(ticketNumberFrom('42')).toBe(42);
    expect(ticketNumberFrom('0042')).toBe(42);
  });

  it('is nothing for anything else', () => {
    expect(ticketNumberFrom(undefined)).toBeNull();
    expect(ticketNumberFrom('4e2')).toBeNull();
    expect(ticketNumberFrom('-1')).toBeNull();
    expect(ticketNumberFrom('1234567890')).toBeNull();
  });
});
