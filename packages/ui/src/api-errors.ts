import { CombinedGraphQLErrors } from '@apollo/client';
import type { ApiErrorLike } from '@actionconnect/shared';

/** The GraphQL errors inside whatever Apollo threw; a transport failure becomes one NETWORK_ERROR. */
export function apiErrorsOf(error: unknown): ApiErrorLike[] {
  if (CombinedGraphQLErrors.is(error)) return [...error.errors];
  return [{ message: '', extensions: { code: 'NETWORK_ERROR' } }];
}

/** Whether the API answered NOT_FOUND: the page shows "not found", not "try again". */
export function isNotFound(error: unknown): boolean {
  return error != null && apiErrorsOf(error).some((e) => e.extensions?.code === 'NOT_FOUND');
}

/** A ticket number from a route parameter ("42"), or null for anything that cannot be one. */
export function ticketNumberFrom(param: string | undefined): number | null {
  return /^\d{1,9}$/.test(param ?? '') ? Number(param) : null;
}
