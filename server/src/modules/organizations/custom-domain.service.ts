import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors';
import type { PublicUrls } from '../../http/public-urls';
import { CustomDomain } from './custom-domain.entity';
import { normalizeCustomHostname } from './custom-domain-hostname';
import type { CustomDomainNode, CustomDomainSettings, CustomDomainVerification } from './custom-domain.types';
import { challengeName, checkVerificationRecord, createTxtLookup, type TxtLookup } from './dns-verification';

/** Most domains one organization may hold (verified or not). */
export const MAX_CUSTOM_DOMAINS = 20;
/**
 * An unverified claim on a host name blocks other organizations only this long: after it, another
 * organization that really controls the domain can add it, so nobody can squat a name by adding it.
 */
export const UNVERIFIED_CLAIM_TTL_MS = 7 * 24 * 3600_000;

const UNIQUE_VIOLATION = '23505';

/** Adds, verifies (by DNS TXT), promotes and removes an organization's custom domains. */
export class CustomDomainService {
  private readonly lookup: TxtLookup;

  constructor(
    private readonly db: DataSource,
    private readonly config: Readonly<Config>,
    private readonly urls: PublicUrls,
    private readonly log: Logger,
    lookup?: TxtLookup,
  ) {
    this.lookup = lookup ?? createTxtLookup(config.dnsResolver);
  }

  /** The organization's domains, oldest first, with the DNS records each needs. */
  async settings(organizationId: string): Promise<CustomDomainSettings> {
    const [organization] = await this.db.query('SELECT slug FROM organizations WHERE id = $1', [organizationId]);
    if (!organization) throw notFound('Organization');
    const rows = await this.db
      .getRepository(CustomDomain)
      .find({ where: { organizationId }, order: { createdAt: 'ASC', hostname: 'ASC' } });
    const defaultHost = `${organization.slug as string}.${this.config.portalBaseDomain}`;
    const primary = rows.find((d) => d.isPrimary && d.verifiedAt);
    return {
      domains: rows.map((d) => this.toNode(d)),
      defaultPortalUrl: `${this.urls.hostOrigin(defaultHost)}/`,
      primaryPortalUrl: `${this.urls.hostOrigin(primary?.hostname ?? defaultHost)}/`,
      cnameTarget: this.config.customDomainCnameTarget,
    };
  }

  /**
   * Adds a domain with a fresh verification token. Refused: not a domain, one of our own hosts,
   * already added here, or held by another organization (verified, or claimed less than 7 days ago).
   */
  async add(organizationId: string, rawHostname: string, now = new Date()): Promise<CustomDomainNode> {
    const hostname = normalizeCustomHostname(rawHostname, this.config);
    try {
      const saved = await this.db.transaction(async (m) => {
        // Serializes this organization's domain changes (the count below, primary flags).
        await lockOrganization(m, organizationId);
        const existing = await m.getRepository(CustomDomain).findOne({ where: { hostname } });
        if (existing?.organizationId === organizationId) {
          throw new DomainError(ErrorCode.Conflict, `${hostname} is already in your list.`, { field: 'hostname' });
        }
        if (existing) {
          const stale = !existing.verifiedAt && now.getTime() - existing.createdAt.getTime() > UNVERIFIED_CLAIM_TTL_MS;
          if (!stale) throw takenError(hostname);
          await m.query('DELETE FROM custom_domains WHERE id = $1 AND verified_at IS NULL', [existing.id]);
        }
        const count = await m.getRepository(CustomDomain).count({ where: { organizationId } });
        if (count >= MAX_CUSTOM_DOMAINS)
          throw badInput(`A workspace can have at most ${MAX_CUSTOM_DOMAINS} custom domains; remove one first.`, 'hostname');
        return m.getRepository(CustomDomain).save(
          m.getRepository(CustomDomain).create({
            organizationId,
            hostname,
            verificationToken: `ac-verify-${randomBytes(24).toString('base64url')}`,
            verifiedAt: null,
            isPrimary: false,
          }),
        );
      });
      return this.toNode(saved);
    } catch (error) {
      // Two organizations adding the same name at once: the unique index decides.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw takenError(hostname);
      throw error;
    }
  }

  /** Looks the TXT record up through the configured resolver; marks the domain verified when it holds the token. */
  async verify(organizationId: string, id: string, now = new Date()): Promise<CustomDomainVerification> {
    const domain = await this.find(this.db.manager, organizationId, id);
    if (domain.verifiedAt) return { verified: true, message: `${domain.hostname} is verified.`, domain: this.toNode(domain) };
    const check = await checkVerificationRecord(this.lookup, domain.hostname, domain.verificationToken);
    if (check.dnsError) this.log.warn({ hostname: domain.hostname, code: check.dnsError }, 'custom domain TXT lookup failed');
    if (!check.verified) return { verified: false, message: check.message, domain: this.toNode(domain) };
    await this.db.query('UPDATE custom_domains SET verified_at = $3 WHERE id = $1 AND organization_id = $2 AND verified_at IS NULL', [
      domain.id,
      organizationId,
      now,
    ]);
    const verified = await this.find(this.db.manager, organizationId, id);
    return {
      verified: true,
      message: `${verified.hostname} is verified: it serves your portal once its CNAME record points at ${this.config.customDomainCnameTarget}.`,
      domain: this.toNode(verified),
    };
  }

  /** Makes one verified domain the primary (links in emails use it), or none when `id` is null. */
  async setPrimary(organizationId: string, id: string | null): Promise<CustomDomainSettings> {
    await this.db.transaction(async (m) => {
      await lockOrganization(m, organizationId);
      if (id !== null) {
        const domain = await this.find(m, organizationId, id);
        if (!domain.verifiedAt) throw badInput(`Verify ${domain.hostname} before making it the primary domain.`, 'id');
      }
      await m.query('UPDATE custom_domains SET is_primary = false WHERE organization_id = $1 AND is_primary', [organizationId]);
      if (id !== null)
        await m.query('UPDATE custom_domains SET is_primary = true WHERE id = $1 AND organization_id = $2', [id, organizationId]);
    });
    return this.settings(organizationId);
  }

  /** Removes a domain: it stops serving the portal at once, and links fall back to the default address if it was primary. */
  async remove(organizationId: string, id: string): Promise<CustomDomainSettings> {
    const result = await this.db.getRepository(CustomDomain).delete({ id, organizationId });
    if (!result.affected) throw notFound('Custom domain');
    return this.settings(organizationId);
  }

  private async find(m: EntityManager, organizationId: string, id: string): Promise<CustomDomain> {
    // A malformed id is as missing as another organization's: same NOT_FOUND either way.
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound('Custom domain');
    const domain = await m.getRepository(CustomDomain).findOne({ where: { id, organizationId } });
    if (!domain) throw notFound('Custom domain');
    return domain;
  }

  private toNode(d: CustomDomain): CustomDomainNode {
    return {
      id: d.id,
      hostname: d.hostname,
      verified: d.verifiedAt !== null,
      verifiedAt: d.verifiedAt,
      isPrimary: d.isPrimary && d.verifiedAt !== null,
      createdAt: d.createdAt,
      portalUrl: `${this.urls.hostOrigin(d.hostname)}/`,
      dnsRecords: [
        {
          type: 'TXT',
          name: challengeName(d.hostname),
          value: d.verificationToken,
          purpose: 'Proves your organization controls the domain. Keep it: it can be checked again.',
        },
        {
          type: 'CNAME',
          name: d.hostname,
          value: this.config.customDomainCnameTarget,
          purpose: 'Sends visitors of the domain to your ActionConnect portal.',
        },
      ],
    };
  }
}

async function lockOrganization(m: EntityManager, organizationId: string): Promise<void> {
  const rows: unknown[] = await m.query('SELECT id FROM organizations WHERE id = $1 FOR UPDATE', [organizationId]);
  if (rows.length === 0) throw notFound('Organization');
}

function takenError(hostname: string): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    `${hostname} is already used by another workspace. If your organization owns it, contact support to have it released.`,
    { field: 'hostname' },
  );
}
