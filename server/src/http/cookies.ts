import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config';

/**
 * Session cookie name. Over HTTPS the `__Host-` prefix makes the browser enforce host-only,
 * Secure and Path=/; plain-HTTP development cannot use the prefix.
 */
export function sessionCookieName(config: Pick<Config, 'publicScheme'>): string {
  return config.publicScheme === 'https' ? '__Host-ac_session' : 'ac_session';
}

/** Reads the session secret from the request's cookies. */
export function readSessionCookie(req: Pick<Request, 'headers'>, config: Pick<Config, 'publicScheme'>): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parse(header)[sessionCookieName(config)] ?? null;
}

/** Sets (or, with null, clears) the host-only, HttpOnly, SameSite=Lax session cookie. */
export function writeSessionCookie(
  res: Response,
  config: Pick<Config, 'publicScheme'>,
  secret: string | null,
  maxAgeSeconds?: number,
): void {
  res.append(
    'Set-Cookie',
    serialize(sessionCookieName(config), secret ?? '', {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicScheme === 'https',
      path: '/',
      maxAge: secret ? maxAgeSeconds : 0,
    }),
  );
}
