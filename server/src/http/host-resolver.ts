import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { CustomDomain } from '../modules/organizations/custom-domain.entity';
import { Organization } from '../modules/organizations/organization.entity';

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

/** Resolves a host name to the app, a portal (by `<slug>.<portal base domain>` or a verified custom domain), or unknown. */
export async function resolveHost(
  db: DataSource,
  config: Pick<Config, 'appHost' | 'portalBaseDomain'>,
  hostname: string,
): Promise<ResolvedHost> {
  if (hostname === config.appHost) return { kind: 'app', hostname };
  const suffix = `.${config.portalBaseDomain}`;
  if (hostname.endsWith(suffix)) {
    const slug = hostname.slice(0, -suffix.length);
    if (/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) {
      const organization = await db.getRepository(Organization).findOne({ where: { slug } });
      if (organization) return { kind: 'portal', hostname, organization };
    }
    return { kind: 'unknown', hostname };
  }
  if (!/^[a-z0-9.-]{1,253}$/.test(hostname)) return { kind: 'unknown', hostname };
  const domain = await db
    .getRepository(CustomDomain)
    .createQueryBuilder('d')
    .innerJoinAndSelect('d.organization', 'o')
    .where('d.hostname = :hostname AND d.verified_at IS NOT NULL', { hostname })
    .getOne();
  if (domain?.organization) return { kind: 'portal', hostname, organization: domain.organization };
  return { kind: 'unknown', hostname };
}
