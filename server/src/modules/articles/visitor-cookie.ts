import { createHash, randomBytes } from 'node:crypto';
import { parse, serialize } from 'cookie';
import type { Config } from '../../config';
import type { GraphQLContext } from '../../graphql/context';
import type { ReaderScope } from '../../auth/article.policy';

// Anonymous visitors are told apart by a random HttpOnly cookie, so that "was this helpful?" takes
// one vote per visitor and a request form's session is theirs alone. Signed-in contacts are
// identified by their contact id instead.

/** A year: long enough that a returning visitor's vote is remembered. */
const VISITOR_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;
/** 32 random bytes, base64url. */
const VISITOR_ID = /^[A-Za-z0-9_-]{43}$/;

/** `__Host-ac_visitor` over HTTPS (host-only, Secure, Path=/ enforced by the browser), else `ac_visitor`. */
export function visitorCookieName(config: Pick<Config, 'publicScheme'>): string {
  return config.publicScheme === 'https' ? '__Host-ac_visitor' : 'ac_visitor';
}

/** The visitor id from the request's cookie, or null when absent or malformed. */
export function readVisitorId(ctx: Pick<GraphQLContext, 'req' | 'config'>): string | null {
  const header = ctx.req.headers.cookie;
  const value = header ? parse(header)[visitorCookieName(ctx.config)] : undefined;
  return value && VISITOR_ID.test(value) ? value : null;
}

/** The key a reader's votes and events are stored under, or null for a visitor without a cookie yet. */
export function readerKey(scope: ReaderScope, visitorId: string | null): string | null {
  if (scope.contactId) return `contact:${scope.contactId}`;
  // Only a hash is stored: the table never holds the value that identifies the browser.
  return visitorId ? `visitor:${createHash('sha256').update(visitorId).digest('hex')}` : null;
}

// Ids given out during a request, so that the rest of that request already knows the visitor.
const issued = new WeakMap<object, string>();

/** The key of the reader behind this request, or null for a visitor who has no cookie yet. */
export function currentReaderKey(ctx: Pick<GraphQLContext, 'req' | 'config'>, scope: ReaderScope): string | null {
  return readerKey(scope, issued.get(ctx.req) ?? readVisitorId(ctx));
}

/** The reader's key, giving an anonymous visitor a new cookie first when they have none. */
export function ensureReaderKey(ctx: Pick<GraphQLContext, 'req' | 'res' | 'config'>, scope: ReaderScope): string {
  const existing = currentReaderKey(ctx, scope);
  if (existing) return existing;
  const visitorId = randomBytes(32).toString('base64url');
  ctx.res.append(
    'Set-Cookie',
    serialize(visitorCookieName(ctx.config), visitorId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.publicScheme === 'https',
      path: '/',
      maxAge: VISITOR_COOKIE_MAX_AGE_SECONDS,
    }),
  );
  issued.set(ctx.req, visitorId);
  return readerKey(scope, visitorId) as string;
}
