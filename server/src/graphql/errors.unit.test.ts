import { GraphQLError } from 'graphql';
import { badInput } from '../errors';
import { formatError, INTERNAL_ERROR_MESSAGE, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from './errors';

// Apollo gives every unknown error the code INTERNAL_SERVER_ERROR; that code must never let the
// cause's message through (issue 10.1).

const formattedOf = (error: GraphQLError) => ({ message: error.message, extensions: { ...error.extensions } });

describe('error masking', () => {
  it('masks an unknown error that Apollo already coded INTERNAL_SERVER_ERROR, in production and in development', () => {
    const error = new GraphQLError('invalid byte sequence for encoding "UTF8": 0x00', {
      originalError: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    for (const expose of [false, true]) {
      const out = formatError(formattedOf(error), error, expose);
      expect(out.message).toBe(INTERNAL_ERROR_MESSAGE);
      expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    }
  });

  it('answers SERVICE_UNAVAILABLE, without the socket path, when the database is unreachable', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED /tmp/ac-pg-x/.s.PGSQL.5432'), { code: 'ECONNREFUSED' });
    const error = new GraphQLError(cause.message, { originalError: cause, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const out = formatError(formattedOf(error), error, false);
    expect(out).toMatchObject({ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(JSON.stringify(out)).not.toMatch(/ECONNREFUSED|PGSQL/);
  });

  it('tells outages from mistakes', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable({ driverError: { code: '08006' } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('keeps a domain error as it is', () => {
    const domain = badInput('Enter a subject.', 'subject');
    const error = new GraphQLError(domain.message, { originalError: domain });
    expect(formatError(formattedOf(error), error, false)).toMatchObject({
      message: 'Enter a subject.',
      extensions: { code: 'BAD_USER_INPUT', field: 'subject' },
    });
  });
});
