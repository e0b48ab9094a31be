import { describe, expect, it } from '@jest/globals';
import { readReturnTo, returnPathOf, signInPathFor } from './return-to.util';

describe('signInPathFor', () => {
  it('sends a visitor of a protected page to sign in and back', () => {
    expect(signInPathFor({ pathname: '/requests', search: '?status=open', hash: '#top' })).toBe(
      '/signin?returnTo=%2Frequests%3Fstatus%3Dopen%23top',
    );
  });

  it('omits returnTo for the home page', () => {
    expect(signInPathFor({ pathname: '/' })).toBe('/signin');
  });

  it('never nests the sign-in page inside itself', () => {
    expect(signInPathFor({ pathname: '/signin', search: '?returnTo=%2Frequests' })).toBe('/signin');
  });
});

describe('readReturnTo', () => {
  it('round-trips with signInPathFor', () => {
    const location = { pathname: '/knowledge-base', search: '?q=refund%20policy' };
    const search = signInPathFor(location).split('?').slice(1).join('?');
    expect(readReturnTo(`?${search}`)).toBe('/knowledge-base?q=refund%20policy');
  });

  it('defaults to the home page', () => {
    expect(readReturnTo('')).toBe('/');
    expect(readReturnTo('?returnTo=')).toBe('/');
  });

  it.each(['https://evil.test/phish', '//evil.test', '/\\evil.test', 'javascript:alert(1)', '%2F%2Fevil.test', '/%2F%2Fevil.test'])(
    'refuses to send a visitor off-site via %p',
    (target) => {
      expect(readReturnTo(`?returnTo=${encodeURIComponent(target)}`)).toBe('/');
    },
  );

  it('does not return to the sign-in page', () => {
    expect(readReturnTo(`?returnTo=${encodeURIComponent('/signin?returnTo=/requests')}`)).toBe('/');
    expect(readReturnTo(`?returnTo=${encodeURIComponent('/SignIn/')}`)).toBe('/');
  });
});

describe('returnPathOf', () => {
  it('keeps the query and fragment of the current page', () => {
    expect(returnPathOf({ pathname: '/requests/42', search: '?tab=replies', hash: '#reply-3' })).toBe('/requests/42?tab=replies#reply-3');
  });
});
