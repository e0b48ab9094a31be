// A real graphql-ws client (the `ws` package underneath), as a browser page on a host would open it.
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './http';

/** Where the product listens: a TestApp, or a product process started by a test. */
export type Listening = Pick<TestApp, 'port'>;

/** How a socket is opened: the page's host, its cookie, and the Origin the browser sends (null: none). */
export interface SocketOptions {
  host: string;
  cookies?: Map<string, string>;
  /** Defaults to the page's own origin, `http://<host>:<port>`. */
  origin?: string | null;
}

function headersFor(app: Listening, options: SocketOptions): Record<string, string> {
  const host = `${options.host}:${app.port}`;
  const headers: Record<string, string> = { host };
  const origin = options.origin === undefined ? `http://${host}` : options.origin;
  if (origin !== null) headers.origin = origin;
  const cookie = [...(options.cookies ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  if (cookie) headers.cookie = cookie;
  return headers;
}

/** Opens a bare WebSocket upgrade: `open`, or the HTTP status the server refused it with. */
export function upgradeOutcome(app: Listening, options: SocketOptions): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${app.port}/graphql`, 'graphql-transport-ws', { headers: headersFor(app, options) });
    ws.once('open', () => {
      ws.terminate();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', (error) => reject(error));
  });
}

/** One subscription's results as they arrive. */
export interface LiveSubscription<TData> {
  results: ExecutionResult<TData>[];
  /** The next result after those already taken by `next` (fails after `timeoutMs`). */
  next(timeoutMs?: number): Promise<ExecutionResult<TData>>;
  /** Waits for the first result, taken or not, that `match` accepts. */
  waitFor(match: (result: ExecutionResult<TData>) => boolean, timeoutMs?: number): Promise<ExecutionResult<TData>>;
  /** Resolves when the server ends the subscription (with its error, if any). */
  ended: Promise<unknown>;
  stop(): void;
}

/** A connected graphql-ws client and how its socket closed. */
export interface LiveClient {
  client: Client;
  closed: Promise<{ code: number; reason: string }>;
  subscribe<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): LiveSubscription<TData>;
  dispose(): Promise<void>;
}

/** A graphql-ws client on `options.host` (no retries: the tests see every close). */
export function liveClient(app: Listening, options: SocketOptions): LiveClient {
  const headers = headersFor(app, options);
  class PageSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let onClosed: (value: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `ws://127.0.0.1:${app.port}/graphql`,
    webSocketImpl: PageSocket,
    retryAttempts: 0,
    lazy: false,
    // The close is what the tests look at (`closed`); graphql-ws would also print it.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const e = event as { code?: number; reason?: string };
        onClosed({ code: e.code ?? 0, reason: String(e.reason ?? '') });
      },
    },
  });
  return {
    client,
    closed,
    subscribe<TData>(query: string, variables?: Record<string, unknown>): LiveSubscription<TData> {
      const results: ExecutionResult<TData>[] = [];
      let taken = 0;
      const waiters = new Set<() => void>();
      let end: (value: unknown) => void = () => undefined;
      const ended = new Promise<unknown>((resolve) => (end = resolve));
      const wake = () => {
        for (const waiter of [...waiters]) waiter();
      };
      const stop = client.subscribe<TData>(
        { query, variables },
        {
          next: (result) => {
            results.push(result as ExecutionResult<TData>);
            wake();
          },
          error: (error) => {
            end(error);
            wake();
          },
          complete: () => {
            end(null);
            wake();
          },
        },
      );
      const waitFor = (match: (result: ExecutionResult<TData>) => boolean, from: () => number, timeoutMs: number) =>
        new Promise<ExecutionResult<TData>>((resolve, reject) => {
          const check = () => {
            const index = results.findIndex((r, i) => i >= from() && match(r));
            if (index < 0) return false;
            waiters.delete(check);
            clearTimeout(timer);
            resolve(results[index]);
            return true;
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`no matching result within ${timeoutMs} ms; got ${JSON.stringify(results)}`));
          }, timeoutMs);
          if (!check()) waiters.add(check);
        });
      return {
        results,
        ended,
        async next(timeoutMs = 3000) {
          const result = await waitFor(
            () => true,
            () => taken,
            timeoutMs,
          );
          taken = results.indexOf(result) + 1;
          return result;
        },
        waitFor: (match, timeoutMs = 3000) => waitFor(match, () => 0, timeoutMs),
        stop,
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
