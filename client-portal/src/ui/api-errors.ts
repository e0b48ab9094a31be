import { CombinedGraphQLErrors } from '@apollo/client';
import type { ApiErrorLike } from '@actionconnect/shared';

/** The GraphQL errors inside whatever Apollo threw; a transport failure becomes one NETWORK_ERROR. */
export function apiErrorsOf(error: unknown): ApiErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return [...error.errors];
  return [{ message: '', extensions: { code: 'NETWORK_ERROR' } }];
}
