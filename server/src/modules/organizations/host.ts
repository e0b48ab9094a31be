import type { Organization } from './organization.entity';

/** What a request's Host names: the agent app, one organization's portal, or nothing we serve. */
export type ResolvedHost =
  | { kind: 'app'; hostname: string }
  | { kind: 'portal'; hostname: string; organization: Organization }
  | { kind: 'unknown'; hostname: string };

/**
 * The host name of a request, lower-case and without port. Only the Host header counts:
 * X-Forwarded-Host is client-controlled unless a trusted proxy rewrites it, so it is ignored.
 */
export function requestHostname(hostHeader: string | undefined): string {
  const raw = (hostHeader ?? '').trim().toLowerCase();
  if (raw.startsWith('[')) return raw.slice(0, raw.indexOf(']') + 1);
  return raw.replace(/:\d+$/, '').replace(/\.$/, '');
}
