import { IsNull, Not } from 'typeorm';
import type { Config } from '../../config';
import type { TenantData } from '../../db/tenant';
import { CustomDomain } from './custom-domain.entity';
import type { Organization } from './organization.entity';

/**
 * Builds absolute URLs for emails. Hosts come from the database (the organization's slug or its
 * primary verified custom domain), never from a request's Host or X-Forwarded-Host header.
 */
export class PublicUrls {
  private listeningPort: number | null = null;

  constructor(
    private readonly config: Readonly<Config>,
    private readonly tenant: TenantData,
  ) {}

  /** Called once the server listens, so links carry the real port in development. */
  setListeningPort(port: number): void {
    this.listeningPort = port;
  }

  private origin(hostname: string): string {
    const scheme = this.config.publicScheme;
    const port = this.config.publicPort ?? this.listeningPort ?? this.config.port;
    const isDefault = (scheme === 'http' && port === 80) || (scheme === 'https' && port === 443);
    return `${scheme}://${hostname}${isDefault ? '' : `:${port}`}`;
  }

  /**
   * The host name the organization's portal is reached at: its primary verified domain, else
   * `<slug>.<base>`. Safe inside the organization's own transaction (the tenant run nests).
   */
  async portalHostname(organization: Pick<Organization, 'id' | 'slug'>): Promise<string> {
    const primary = await this.tenant.run(organization.id, (tx) =>
      tx.findOneBy(CustomDomain, { isPrimary: true, verifiedAt: Not(IsNull()) }),
    );
    return primary?.hostname ?? `${organization.slug}.${this.config.portalBaseDomain}`;
  }

  /** `http://acme.localhost:4000` or `https://support.acme.com`. */
  async portalOrigin(organization: Pick<Organization, 'id' | 'slug'>): Promise<string> {
    return this.origin(await this.portalHostname(organization));
  }

  /** Origin of any host name we serve, with the scheme and port links use (custom domains, slug hosts). */
  hostOrigin(hostname: string): string {
    return this.origin(hostname);
  }

  /** Origin of the agent app and the developer API. */
  appOrigin(): string {
    return this.origin(this.config.appHost);
  }

  /** The app host's name. */
  appHostname(): string {
    return this.config.appHost;
  }
}
