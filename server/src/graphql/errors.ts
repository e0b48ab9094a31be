import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { DomainError, ErrorCode } from '../errors';

/** Whether an error is a bug or outage (logged and masked) rather than a caller's mistake. */
export function isUnexpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) return false;
  if (original instanceof AuthenticationError || original instanceof AuthorizationError || original instanceof ArgumentValidationError)
    return false;
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return !(typeof code === 'string' && PASS_THROUGH.has(code));
}

const PASS_THROUGH = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // Never INTERNAL_SERVER_ERROR: Apollo gives that code to every unknown error, whose message may
  // be a database's or a socket's. Those are masked below.
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal && code !== ErrorCode.ServiceUnavailable),
]);

/** The fixed answer to an unexpected error; the cause goes only to the log, under the request id. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Try again; if it keeps happening, quote the request id.';

/** The answer while the database is unreachable: retryable, with no detail of the cause. */
export const UNAVAILABLE_MESSAGE = "We're having trouble reaching our database. Please retry in a few seconds.";

// SQLSTATE classes and socket errors that mean "the database is not answering", not "this request is wrong".
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);
const UNAVAILABLE_MESSAGE_PATTERN =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|terminating connection|Client has encountered a connection error|the database system is (starting up|shutting down)|Connection is not established|connection is not yet established|is not currently accepting connections|Cannot execute operation on .* connection|Driver not Connected/i;

/** Whether an error (or its cause chain) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const record = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof record.code === 'string' && (UNAVAILABLE_SQLSTATE.test(record.code) || UNAVAILABLE_ERRNO.has(record.code))) return true;
    if (typeof record.message === 'string' && UNAVAILABLE_MESSAGE_PATTERN.test(record.message)) return true;
    e = record.originalError ?? record.driverError ?? record.cause;
  }
  return false;
}

/**
 * The one place that turns thrown errors into what clients see. Domain errors keep their code and
 * message; type-graphql's authorization and validation errors get standard codes; anything else is
 * logged with the request id and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeDetails: boolean): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...original.details },
    };
  }
  // type-graphql's @Authorized refusals: the auth checker throws UNAUTHENTICATED itself for
  // anonymous viewers, so an AuthorizationError here means "signed in, but not allowed".
  if (original instanceof AuthenticationError) {
    return {
      message: 'Sign in to continue',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.Unauthenticated },
    };
  }
  if (original instanceof AuthorizationError) {
    return {
      message: 'You are not allowed to do this',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.Forbidden },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const validationErrors = (original.extensions.validationErrors ?? []) as { property: string; constraints?: Record<string, string> }[];
    const fields = validationErrors.map((v) => ({ field: v.property, message: Object.values(v.constraints ?? {}).join('; ') }));
    return {
      message: fields.length ? `Invalid ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}` : 'Invalid input',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BadUserInput, ...(fields.length === 1 ? { field: fields[0].field } : {}), fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return exposeDetails ? formatted : { ...formatted, extensions };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: UNAVAILABLE_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.Internal },
  };
}
