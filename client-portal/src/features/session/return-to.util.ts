import { safeReturnPath } from '@actionconnect/shared';

/** The portal's sign-in page. */
export const SIGN_IN_PATH = '/signin';

/** The parts of a browser location that make up a same-origin return path. */
export interface LocationLike {
  pathname: string;
  search?: string;
  hash?: string;
}

/** The sign-in URL that brings the visitor back to `location` afterwards ("/signin?returnTo=%2Frequests"). */
export function signInPathFor(location: LocationLike): string {
  const target = returnPathOf(location);
  return target === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(target)}`;
}

/**
 * Where to go after signing in, read from the sign-in page's query string. Anything but a safe
 * same-origin path (an absolute URL, "//evil.com", "javascript:"...) becomes '/', and so does the
 * sign-in page itself, so a visitor is never bounced back to the form they just completed.
 */
export function readReturnTo(search: string): string {
  const path = safeReturnPath(new URLSearchParams(search).get('returnTo'));
  return isSignInPath(path) ? '/' : path;
}

/** The location as a return path: itself when safe, '/' when it is the sign-in page or unsafe. */
export function returnPathOf(location: LocationLike): string {
  const path = safeReturnPath(`${location.pathname}${location.search ?? ''}${location.hash ?? ''}`);
  return isSignInPath(path) ? '/' : path;
}

function isSignInPath(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0].replace(/\/+$/, '');
  return pathname.toLowerCase() === SIGN_IN_PATH;
}
