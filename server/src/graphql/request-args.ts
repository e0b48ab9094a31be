import type { GraphQLContext } from './context';

/** The peer address. X-Forwarded-For is ignored: trust proxy is off unless a deployment turns it on. */
export function clientIp(ctx: Pick<GraphQLContext, 'req'>): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
}

/** A list size within 1..max. */
export function clampFirst(first: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(first) || 1));
}
