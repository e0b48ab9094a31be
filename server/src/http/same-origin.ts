import type { Request, Response } from 'express';
import type { PublicUrls } from '../modules/organizations/public-urls';

/**
 * Whether a form POST comes from a page of the host it is sent to (the sign-in confirm and the
 * rating pages): scheme, host and port must be the public origin we serve this host at (another
 * port or plain http is another origin). Without Origin, fetch metadata must say same-origin.
 * Mail scanners and other sites' forms therefore cannot post in the reader's place.
 */
export function isSameOriginPost(req: Request, res: Response, urls: Pick<PublicUrls, 'appOrigin' | 'hostOrigin'>): boolean {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  const host = res.locals.host;
  const expected = host.kind === 'app' ? urls.appOrigin() : urls.hostOrigin(host.hostname);
  return typeof origin === 'string' && origin !== 'null' ? sameOrigin(origin, expected) : site === 'same-origin';
}

/** Whether two origins match in scheme, host and port (default ports normalized). */
function sameOrigin(origin: string, expected: string): boolean {
  try {
    return new URL(origin).origin === new URL(expected).origin;
  } catch {
    return false;
  }
}
