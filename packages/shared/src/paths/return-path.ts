/** Longest return path kept; anything longer is treated as hostile and replaced with '/'. */
export const MAX_RETURN_PATH_LENGTH = 2_048;

const SAFE_FALLBACK = '/';
const PROBE_ORIGIN = 'https://return-path.invalid';
// Browsers drop tabs and newlines inside URLs ("/\t/evil.com" becomes "//evil.com") and read a
// backslash in a path as a slash ("/\evil.com" becomes "//evil.com").
// eslint-disable-next-line no-control-regex -- the point is to reject control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SLASH_LOOKALIKE_OR_SPACE = /[\s\\]/;

/** Returns the input when it is a same-origin path such as "/tickets/42?tab=notes", otherwise '/'. */
export function safeReturnPath(input: unknown): string {
  if (typeof input !== 'string' || input.length > MAX_RETURN_PATH_LENGTH) return SAFE_FALLBACK;
  // Someone downstream may decode the path again before redirecting, so every decoding of it
  // must be safe too: "/%2F%2Fevil.com" decodes to "//evil.com".
  let candidate = input;
  for (let round = 0; round < 3; round += 1) {
    if (!isSafeRelativePath(candidate, round === 0)) return SAFE_FALLBACK;
    const decoded = decodeOnce(candidate);
    if (decoded === candidate) return input;
    candidate = decoded;
  }
  return SAFE_FALLBACK; // still changing after three decodings: layered encoding is an attack
}

function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // Lenient decoders (Node's querystring.unescape among them) still decode the valid escapes
    // around a malformed one, so "/%2F%2Fevil.com%zz" must be judged as "//evil.com%zz".
    return text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

function isSafeRelativePath(path: string, asGiven: boolean): boolean {
  if (!path.startsWith('/') || CONTROL.test(path)) return false;
  // Links we generate encode spaces and backslashes, so raw ones mean tampering; once decoded
  // they are legitimate in a query ("?q=a%20b") but still not in the path itself.
  if (asGiven && SLASH_LOOKALIKE_OR_SPACE.test(path)) return false;
  const pathname = path.split(/[?#]/, 1)[0];
  if (SLASH_LOOKALIKE_OR_SPACE.test(pathname)) return false;
  // Routers and proxies collapse "//" and resolve "..", which can turn "/a/..//evil.com" into
  // "//evil.com"; links we generate never contain either.
  if (pathname.includes('//') || pathname.split('/').some((segment) => segment === '..' || segment === '.')) {
    return false;
  }
  // The URL parser has the final word on where a browser would go.
  try {
    return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN;
  } catch {
    return false;
  }
}
