import type { Config } from '../../config';
import type { CrossTenantData, CrossTenantPurpose } from '../../db/cross-tenant';
import { CustomDomain } from './custom-domain.entity';
import type { ResolvedHost } from './host';
import { Organization } from './organization.entity';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * How long a process trusts what it resolved (a host's organization with its branding, an
 * organization by id). A change made through this process is seen at once (`forget`); another
 * instance's change within this long. Unknown hosts are cached too, so a flood of made-up host
 * names costs one lookup each per window, bounded by MAX_CACHED.
 */
export const HOST_CACHE_TTL_MS = 5_000;
const MAX_CACHED = 5_000;

/** A small time-bounded cache; when full it starts again (simpler than LRU, and bounded). */
class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; until: number }>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    const value = load();
    this.entries.set(key, { value, until: now + this.ttlMs });
    // A failed lookup (database down) is not remembered.
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Which organization a host name or workspace slug names, asked before any organization is known
 * (so across tenants): `<slug>.<portal base domain>`, a verified custom domain, or the app host.
 */
export class HostResolver {
  private readonly hosts = new TtlCache<ResolvedHost>(HOST_CACHE_TTL_MS);
  private readonly organizations = new TtlCache<Organization | null>(HOST_CACHE_TTL_MS);

  constructor(
    private readonly crossTenant: CrossTenantData,
    private readonly config: Pick<Config, 'appHost' | 'portalBaseDomain'>,
  ) {}

  /** Resolves a request's host name to the app, a portal, or unknown (cached for HOST_CACHE_TTL_MS). */
  resolve(hostname: string): Promise<ResolvedHost> {
    return this.hosts.get(hostname, () => this.lookup('resolve-host', hostname));
  }

  /** An organization by id, for an agent session's workspace (cached like hosts). */
  organizationById(id: string): Promise<Organization | null> {
    return this.organizations.get(id, () =>
      this.crossTenant.run('authenticate-session', (m) => m.findOne(Organization, { where: { id } })),
    );
  }

  /** Drops what this process cached: call after changing an organization, its branding or its domains. */
  forget(): void {
    this.hosts.clear();
    this.organizations.clear();
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
