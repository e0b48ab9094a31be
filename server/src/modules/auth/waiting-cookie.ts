import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../../config';

/**
 * The waiting handle of the newest sign-in this browser asked for, in an HttpOnly cookie scoped to
 * /auth: the link's page reads it to tell the browser that asked (the link signs it in, as before)
 * from another device (which may only approve, by number matching). The page that asked also gets
 * the handle in the GraphQL answer to claim with; the cookie never reaches /graphql.
 */
const WAITING_COOKIE = 'ac_signin_waiting';

/** Sets the waiting cookie for 15 minutes, the lifetime of the sign-in it belongs to. */
export function writeWaitingCookie(res: Response, config: Pick<Config, 'publicScheme'>, handle: string, maxAgeSeconds: number): void {
  res.append(
    'Set-Cookie',
    serialize(WAITING_COOKIE, handle, {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicScheme === 'https',
      path: '/auth',
      maxAge: maxAgeSeconds,
    }),
  );
}

/** The waiting handle this browser holds, or ''. */
export function readWaitingCookie(req: Pick<Request, 'headers'>): string {
  return parse(req.headers.cookie ?? '')[WAITING_COOKIE] ?? '';
}
