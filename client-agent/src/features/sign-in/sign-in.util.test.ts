import { describe, expect, it } from '@jest/globals';
import { normalizeWorkspace, pathAfterSignIn, workspaceProblem } from './sign-in.util';

describe('the workspace field', () => {
  it('accepts a slug however it is typed', () => {
    expect(normalizeWorkspace('  Acme ')).toBe('acme');
    expect(workspaceProblem(normalizeWorkspace('  Acme '))).toBeNull();
    expect(workspaceProblem('acme-support')).toBeNull();
  });

  it.each([
    ['', "Enter your workspace's short name, like acme."],
    ['acme corp', 'A workspace name has only letters, digits and dashes, like acme or acme-support.'],
    ['-acme', 'A workspace name has only letters, digits and dashes, like acme or acme-support.'],
    ['acme.localhost', 'A workspace name has only letters, digits and dashes, like acme or acme-support.'],
  ])('explains what is wrong with %p', (slug, problem) => {
    expect(workspaceProblem(slug)).toBe(problem);
  });
});

describe('pathAfterSignIn', () => {
  it('keeps the page the agent opened inside the app', () => {
    expect(pathAfterSignIn('/agent/tickets/mine?sort=updated', '/agent/')).toBe('/agent/tickets/mine?sort=updated');
  });

  it("otherwise follows the API's return path", () => {
    expect(pathAfterSignIn('/', '/agent/')).toBe('/agent/');
  });

  it('never leaves the app or the site', () => {
    expect(pathAfterSignIn('/', 'https://evil.test/agent/')).toBe('/agent/');
    expect(pathAfterSignIn('//evil.test/agent/', null)).toBe('/agent/');
    expect(pathAfterSignIn('/', '/requests')).toBe('/agent/');
  });
});
