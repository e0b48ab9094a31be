import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { RetryLink } from '@apollo/client/link/retry';
import { getMainDefinition } from '@apollo/client/utilities';
import { map } from 'rxjs';
import { createLiveLink, isSubscription } from './live-link';

// During a database outage the API answers HTTP 503 with SERVICE_UNAVAILABLE and Retry-After.
// Both apps retry their queries (never mutations: one may have committed before the answer was
// lost) and say "we're having trouble, retrying…" instead of showing an error page.

type Listener = () => void;
let retrying = false;
const listeners = new Set<Listener>();

function setRetrying(value: boolean): void {
  if (retrying === value) return;
  retrying = value;
  for (const listener of listeners) listener();
}

/** Whether the API is answering "unavailable" and queries are being retried (for useSyncExternalStore). */
export const outageState = {
  get: (): boolean => retrying,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Whether an Apollo error is the API's retryable "unavailable" answer. */
export function isUnavailable(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 503;
  const errors = (error as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
}

/** The retry policy: queries only, on "unavailable", backing off from 1 s to 15 s, for about two minutes. */
export const OUTAGE_RETRY = { initialMs: 1000, maxMs: 15_000, attempts: 12 };

/**
 * The Apollo Client both apps use: same-origin `/graphql`, queries retried through an outage, and
 * (where the page has WebSocket) subscriptions over a socket on the same path.
 */
export function createApiClient(
  options: { uri?: string; fetch?: typeof fetch; retry?: typeof OUTAGE_RETRY; live?: boolean } = {},
): ApolloClient {
  const policy = options.retry ?? OUTAGE_RETRY;
  const retry = new RetryLink({
    delay: { initial: policy.initialMs, max: policy.maxMs, jitter: true },
    attempts: {
      max: policy.attempts,
      retryIf: (error, operation) => {
        const definition = getMainDefinition(operation.query);
        const isQuery = definition.kind === 'OperationDefinition' && definition.operation === 'query';
        const again = isQuery && isUnavailable(error);
        if (again) setRetrying(true);
        return again;
      },
    },
  });
  const recovered = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        setRetrying(false);
        return result;
      }),
    ),
  );
  const http = ApolloLink.from([
    recovered,
    retry,
    new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin', fetch: options.fetch }),
  ]);
  let client: ApolloClient | null = null;
  const live = (options.live ?? true) && typeof WebSocket !== 'undefined' ? createLiveLink(() => client) : null;
  client = new ApolloClient({
    link: live ? ApolloLink.split(isSubscription, live.link, http) : http,
    // Branding and the viewer have no id; they are singletons of the host, kept on the root query.
    cache: new InMemoryCache(),
  });
  return client;
}
