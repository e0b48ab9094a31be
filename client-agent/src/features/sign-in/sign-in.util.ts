import { safeReturnPath } from '@actionconnect/shared';

/** Where the agent app lives on the app host. */
export const AGENT_BASE_PATH = '/agent/';

const WORKSPACE_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A workspace as typed ("  Acme ") in the form the API stores it ("acme"). */
export function normalizeWorkspace(input: string): string {
  return input.trim().toLowerCase();
}

/** Why a normalized workspace slug cannot be right, or null when it looks fine. */
export function workspaceProblem(slug: string): string | null {
  if (!slug) return "Enter your workspace's short name, like acme.";
  if (!WORKSPACE_SLUG.test(slug)) return 'A workspace name has only letters, digits and dashes, like acme or acme-support.';
  return null;
}

/**
 * Where to go once signed in: back to the page the agent opened (a deep link into the app
 * survives sign-in), or the API's return path when the current page is outside the app.
 */
export function pathAfterSignIn(currentPath: string, apiReturnPath: string | null | undefined): string {
  const current = safeReturnPath(currentPath);
  if (current.startsWith(AGENT_BASE_PATH)) return current;
  const fromApi = safeReturnPath(apiReturnPath);
  return fromApi.startsWith(AGENT_BASE_PATH) ? fromApi : AGENT_BASE_PATH;
}
