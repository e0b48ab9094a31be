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
  ...Object.values(ErrorCode),
]);

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
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.Internal },
  };
}
