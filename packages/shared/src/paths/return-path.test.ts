import { MAX_RETURN_PATH_LENGTH, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/tickets',
    '/tickets/42?tab=notes#reply-3',
    '/search?q=refund%20policy',
    '/search?q=100%25%20off',
    '/login?next=%2Ftickets%2F42',
    '/articles/caf%C3%A9',
    '/javascript:alert(1)', // a path segment on our own origin, not a scheme
  ])('keeps the same-origin path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ['an absolute URL', 'https://evil.com/tickets'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a mixed-case javascript: URL', 'JaVaScRiPt:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a protocol-relative URL', '//evil.com'],
    ['a protocol-relative URL with a path', '//evil.com/tickets'],
    ['a slash-backslash', '/\\evil.com'],
    ['a backslash-slash', '\\/evil.com'],
    ['two backslashes', '\\\\evil.com'],
    ['a tab between the slashes', '/\t/evil.com'],
    ['a newline between the slashes', '/\n/evil.com'],
    ['a carriage return', '/tickets\r\nSet-Cookie: a=b'],
    ['a leading space', ' /tickets'],
    ['a leading space before a protocol-relative URL', ' //evil.com'],
    ['a leading tab before javascript:', '\tjavascript:alert(1)'],
    ['a leading newline', '\n/tickets'],
    ['a NUL byte', '/tickets\u0000'],
    ['a C1 control', '/tickets\u0085'],
    ['a non-breaking space', '/\u00a0/evil.com'],
    ['a relative path without a slash', 'tickets/42'],
    ['a dot-relative path', './tickets'],
    ['an encoded second slash', '/%2Fevil.com'],
    ['an encoded second slash in upper case', '/%2fevil.com'],
    ['two encoded slashes', '/%2F%2Fevil.com'],
    ['an encoded backslash', '/%5Cevil.com'],
    ['a double-encoded slash', '/%252Fevil.com'],
    ['a triple-encoded slash', '/%25252Fevil.com'],
    ['an encoded tab', '/%09/evil.com'],
    ['an encoded CRLF', '/tickets%0d%0aLocation:%20https://evil.com'],
    ['encoded slashes beside a malformed escape', '/%2F%2Fevil.com%zz'],
    ['a doubled slash later in the path', '/tickets//evil.com'],
    ['a parent-directory segment', '/tickets/..//evil.com'],
    ['an encoded parent-directory segment', '/tickets/%2e%2e/admin'],
    ['an empty string', ''],
  ])('replaces %s with /', (_, payload) => {
    expect(safeReturnPath(payload)).toBe('/');
  });

  it.each([undefined, null, 42, ['/tickets'], { pathname: '/tickets' }])('replaces the non-string %p with /', (payload) => {
    expect(safeReturnPath(payload)).toBe('/');
  });

  it(`replaces a path longer than ${MAX_RETURN_PATH_LENGTH} characters with /`, () => {
    const path = `/${'a'.repeat(MAX_RETURN_PATH_LENGTH)}`;
    expect(safeReturnPath(path.slice(0, MAX_RETURN_PATH_LENGTH))).toBe(path.slice(0, MAX_RETURN_PATH_LENGTH));
    expect(safeReturnPath(path)).toBe('/');
  });

  it('returns the path exactly as given, never a decoded form of it', () => {
    expect(safeReturnPath('/login?next=%2Ftickets')).toBe('/login?next=%2Ftickets');
  });
});
