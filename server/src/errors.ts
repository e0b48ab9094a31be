// Domain errors: what services throw when a rule of the product is broken. graphql/errors.ts maps
// them (and everything else) to what clients see.

/** The GraphQL error codes clients can rely on. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  RateLimited = 'RATE_LIMITED',
  Conflict = 'CONFLICT',
  /** The agent has two-step verification on: send the authenticator code too. */
  TotpRequired = 'TOTP_REQUIRED',
  /** The portal is busy: solve `extensions.challenge` to `extensions.difficulty` leading zero bits and send the request again. */
  ProofOfWorkRequired = 'PROOF_OF_WORK_REQUIRED',
  /** The database (or another service we need) is not answering: retry after a moment. */
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** A rule of the product was broken: safe to show to the caller, with a code and optional field. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** `NOT_FOUND`, worded the same whether the row is missing or belongs to someone else. */
export const notFound = (what: string): DomainError => new DomainError(ErrorCode.NotFound, `${what} not found`);
/** `BAD_USER_INPUT` naming the offending field. */
export const badInput = (message: string, field?: string): DomainError =>
  new DomainError(ErrorCode.BadUserInput, message, field ? { field } : {});
/** `FORBIDDEN`: signed in, but not allowed. */
export const forbidden = (message = 'You are not allowed to do this'): DomainError => new DomainError(ErrorCode.Forbidden, message);
/** `UNAUTHENTICATED`: sign in first. */
export const unauthenticated = (message = 'Sign in to continue'): DomainError => new DomainError(ErrorCode.Unauthenticated, message);
