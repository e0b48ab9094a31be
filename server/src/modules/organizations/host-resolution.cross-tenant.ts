import type { Config } from '../../config';
import type { CrossTenantData, CrossTenantPurpose } from '../../db/cross-tenant';
import { CustomDomain } from './custom-domain.entity';
import type { ResolvedHost } from './host';
import { Organization } from './organization.entity';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Which organization a host name or workspace slug names, asked before any organization is known
 * (so across tenants): `<slug>.<portal base domain>`, a verified custom domain, or the app host.
 */
export class HostResolver {
  constructor(
    private readonly crossTenant: CrossTenantData,
    private readonly config: Pick<Config, 'appHost' | 'portalBaseDomain'>,
  ) {}

  /** Resolves a request's host name to the app, a portal, or unknown. */
  resolve(hostname: string): Promise<ResolvedHost> {
    return this.lookup('resolve-host', hostname);
  }

  /** Whether we serve a host name at all (the TLS edge asks before issuing a certificate). */
  async serves(hostname: string): Promise<boolean> {
    if (!/^[a-z0-9.-]{1,253}$/.test(hostname)) return false;
    return (await this.lookup('verify-custom-domain', hostname)).kind !== 'unknown';
  }

  /** The organization of a workspace slug (the agent app's sign-in form names it), or null. */
  organizationBySlug(slug: string): Promise<Organization | null> {
    if (!SLUG.test(slug)) return Promise.resolve(null);
    return this.crossTenant.run('resolve-host', (m) => m.findOne(Organization, { where: { slug } }));
  }

  private async lookup(purpose: CrossTenantPurpose, hostname: string): Promise<ResolvedHost> {
    if (hostname === this.config.appHost) return { kind: 'app', hostname };
    const suffix = `.${this.config.portalBaseDomain}`;
    if (hostname.endsWith(suffix)) {
      const slug = hostname.slice(0, -suffix.length);
      const organization = SLUG.test(slug)
        ? await this.crossTenant.run(purpose, (m) => m.findOne(Organization, { where: { slug } }))
        : null;
      return organization ? { kind: 'portal', hostname, organization } : { kind: 'unknown', hostname };
    }
    if (!/^[a-z0-9.-]{1,253}$/.test(hostname)) return { kind: 'unknown', hostname };
    const domain = await this.crossTenant.run(purpose, (m) =>
      m
        .getRepository(CustomDomain)
        .createQueryBuilder('d')
        .innerJoinAndSelect('d.organization', 'o')
        .where('d.hostname = :hostname AND d.verified_at IS NOT NULL', { hostname })
        .getOne(),
    );
    if (domain?.organization) return { kind: 'portal', hostname, organization: domain.organization };
    return { kind: 'unknown', hostname };
  }
}
