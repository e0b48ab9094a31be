import http from 'node:http';
import type { Socket } from 'node:net';

/** How long a client may take, and how many connections one address may hold (issue 10.14). */
export interface ServerLimits {
  /** Until the request's headers are complete. */
  headersTimeoutMs: number;
  /** Until the whole request, body included, has arrived. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections one IP address (IPv6: one /64) may hold; more are closed at once. */
  maxConnectionsPerIp: number;
}

/** The production defaults: a slow client cannot hold a connection for Node's default 300 s. */
export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnectionsPerIp: 256,
};

/** The address a connection counts against: the IPv4 address, or the IPv6 /64 (one subscriber's block). */
export function connectionKey(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress);
  if (mapped) return mapped[1];
  if (!remoteAddress.includes(':')) return remoteAddress;
  return `${ipv6Prefix64(remoteAddress)}::/64`;
}

/** The first four 16-bit groups of an IPv6 address, expanded (`2001:db8:0:1`). */
export function ipv6Prefix64(address: string): string {
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return groups
    .slice(0, 4)
    .map((g) => (g === '' ? '0' : g.replace(/^0+(?=.)/, '')))
    .join(':');
}

/**
 * An HTTP server with the timeouts and the per-address connection cap applied. Node checks the
 * header and request timeouts on an interval fixed at creation (30 s by default), so it is set here.
 */
export function createLimitedServer(handler: http.RequestListener, limits: ServerLimits = DEFAULT_SERVER_LIMITS): http.Server {
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
    },
    handler,
  );
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = connectionKey(socket.remoteAddress);
    const count = (open.get(key) ?? 0) + 1;
    if (count > limits.maxConnectionsPerIp) {
      socket.destroy();
      return;
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left <= 0) open.delete(key);
      else open.set(key, left);
    });
  });
  return server;
}
