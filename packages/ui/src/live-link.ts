import { ApolloLink, type ApolloClient } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';

// Subscriptions ride one WebSocket per tab on the page's own origin (`/graphql`, the session
// cookie rides along); queries and mutations stay on HTTP. The socket opens with the first
// subscription and closes a few seconds after the last one ends.

/** `idle` with no socket (none needed yet, or the session ended), `live` while connected, `reconnecting` while it is down. */
export type LiveStatus = 'idle' | 'live' | 'reconnecting';

type Listener = () => void;
let status: LiveStatus = 'idle';
const listeners = new Set<Listener>();

function setStatus(value: LiveStatus): void {
  if (status === value) return;
  status = value;
  for (const listener of listeners) listener();
}

/** The socket's state, for useSyncExternalStore (the "Reconnecting…" notice). */
export const liveState = {
  get: (): LiveStatus => status,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The server's close code when the session ended (signed out elsewhere, expired). */
export const SESSION_ENDED_CLOSE = 4401;

/** Reconnect delays: doubling from 1 s up to 30 s, with jitter so a restarted server is not hit by every tab at once. */
export const LIVE_RETRY = { initialMs: 1000, maxMs: 30_000 };

export function retryDelay(attempt: number, random = Math.random): number {
  const base = Math.min(LIVE_RETRY.maxMs, LIVE_RETRY.initialMs * 2 ** attempt);
  return Math.round(base / 2 + random() * (base / 2));
}

/** The page's own `/graphql` as a WebSocket address. */
function socketUrl(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${path}`;
}

/** Whether an operation is a subscription (and so goes over the socket). */
export function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/**
 * The socket link with reconnection. After a reconnect every active query is fetched again, so a
 * page that missed changes while the socket was down shows the current state; after the session
 * ended the same refetch lets each app's sign-in gate take over.
 */
export function createLiveLink(getClient: () => ApolloClient | null, path = '/graphql'): { link: ApolloLink; socket: Client } {
  let connectedBefore = false;
  const refetch = () => void getClient()?.refetchQueries({ include: 'active' });
  const socket = createClient({
    url: () => socketUrl(path),
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    // Every close but "your session ended" is worth retrying: a deploy, a restart, a network change.
    shouldRetry: (event) => (event as { code?: number } | null)?.code !== SESSION_ENDED_CLOSE,
    on: {
      connected: () => {
        setStatus('live');
        if (connectedBefore) refetch();
        connectedBefore = true;
      },
      closed: (event) => {
        const code = (event as { code?: number } | null)?.code;
        if (code === SESSION_ENDED_CLOSE) {
          setStatus('idle');
          refetch();
          return;
        }
        // 1000 is the socket closing after the last subscription ended.
        setStatus(code === 1000 ? 'idle' : 'reconnecting');
      },
    },
  });
  return { link: new GraphQLWsLink(socket), socket };
}
