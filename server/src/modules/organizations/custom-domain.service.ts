import { randomBytes } from 'node:crypto';
import { isUuid } from '@actionconnect/shared';
import { IsNull } from 'typeorm';
import type { Logger } from 'pino';
import type { CrossTenantData } from '../../db/cross-tenant';
import type { TenantData, TenantTx } from '../../db/tenant';
import type { Config } from '../../config';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors';
import { claimHostname } from './custom-domain-claim.cross-tenant';
import { CustomDomain } from './custom-domain.entity';
import { normalizeCustomHostname } from './custom-domain-hostname';
import type { CustomDomainNode, CustomDomainSettings, CustomDomainVerification } from './custom-domain.types';
import { challengeName, checkVerificationRecord, createTxtLookup, type TxtLookup } from './dns-verification';
import { Organization } from './organization.entity';
import type { PublicUrls } from './public-urls';

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
    private readonly tenant: TenantData,
    private readonly crossTenant: CrossTenantData,
    private readonly config: Readonly<Config>,
    private readonly urls: PublicUrls,
    private readonly log: Logger,
    /** Drops the host cache: a verified or removed domain serves, or stops serving, at once. */
    private readonly onOrganizationChanged: () => void,
    lookup?: TxtLookup,
  ) {
    this.lookup = lookup ?? createTxtLookup(config.dnsResolver);
  }

  /** The organization's domains, oldest first, with the DNS records each needs. */
  async settings(organizationId: string): Promise<CustomDomainSettings> {
    const { organization, rows } = await this.tenant.run(organizationId, async (tx) => ({
      organization: await tx.findOneBy(Organization, {}),
      rows: await tx.find(CustomDomain, { order: { createdAt: 'ASC', hostname: 'ASC' } }),
    }));
    if (!organization) throw notFound('Organization');
    const defaultHost = `${organization.slug}.${this.config.portalBaseDomain}`;
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
    // Other organizations' claims are only visible across tenants: checked (and a stale one
    // released) first, outside the organization's transaction; the unique index settles races.
    const claim = await claimHostname(this.crossTenant, organizationId, hostname, UNVERIFIED_CLAIM_TTL_MS, now);
    if (claim === 'ours') throw alreadyListed(hostname);
    if (claim === 'taken') throw takenError(hostname);
    try {
      const saved = await this.tenant.run(organizationId, async (tx) => {
        // Serializes this organization's domain changes (the count below, primary flags).
        await lockOrganization(tx);
        if (await tx.exists(CustomDomain, { hostname })) throw alreadyListed(hostname);
        const count = await tx.count(CustomDomain);
        if (count >= MAX_CUSTOM_DOMAINS)
          throw badInput(`A workspace can have at most ${MAX_CUSTOM_DOMAINS} custom domains; remove one first.`, 'hostname');
        return tx.insert(CustomDomain, {
          hostname,
          verificationToken: `ac-verify-${randomBytes(24).toString('base64url')}`,
          verifiedAt: null,
          isPrimary: false,
        });
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
    const domain = await this.tenant.run(organizationId, (tx) => this.find(tx, id));
    if (domain.verifiedAt) return { verified: true, message: `${domain.hostname} is verified.`, domain: this.toNode(domain) };
    const check = await checkVerificationRecord(this.lookup, domain.hostname, domain.verificationToken);
    if (check.dnsError) this.log.warn({ hostname: domain.hostname, code: check.dnsError }, 'custom domain TXT lookup failed');
    if (!check.verified) return { verified: false, message: check.message, domain: this.toNode(domain) };
    const verified = await this.tenant.run(organizationId, async (tx) => {
      await tx.update(CustomDomain, { id: domain.id, verifiedAt: IsNull() }, { verifiedAt: now });
      return this.find(tx, id);
    });
    this.onOrganizationChanged();
    return {
      verified: true,
      message: `${verified.hostname} is verified: it serves your portal once its CNAME record points at ${this.config.customDomainCnameTarget}.`,
      domain: this.toNode(verified),
    };
  }

  /** Makes one verified domain the primary (links in emails use it), or none when `id` is null. */
  async setPrimary(organizationId: string, id: string | null): Promise<CustomDomainSettings> {
    await this.tenant.run(organizationId, async (tx) => {
      await lockOrganization(tx);
      if (id !== null) {
        const domain = await this.find(tx, id);
        if (!domain.verifiedAt) throw badInput(`Verify ${domain.hostname} before making it the primary domain.`, 'id');
      }
      await tx.update(CustomDomain, { isPrimary: true }, { isPrimary: false });
      if (id !== null) await tx.update(CustomDomain, { id }, { isPrimary: true });
    });
    this.onOrganizationChanged();
    return this.settings(organizationId);
  }

  /** Removes a domain: it stops serving the portal at once, and links fall back to the default address if it was primary. */
  async remove(organizationId: string, id: string): Promise<CustomDomainSettings> {
    // A malformed id is as missing as another organization's: same NOT_FOUND either way.
    const removed = isUuid(id) ? await this.tenant.run(organizationId, (tx) => tx.delete(CustomDomain, { id })) : 0;
    if (!removed) throw notFound('Custom domain');
    this.onOrganizationChanged();
    return this.settings(organizationId);
  }

  private async find(tx: TenantTx, id: string): Promise<CustomDomain> {
    // A malformed id is as missing as another organization's: same NOT_FOUND either way.
    if (!isUuid(id)) throw notFound('Custom domain');
    const domain = await tx.findOneBy(CustomDomain, { id });
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

async function lockOrganization(tx: TenantTx): Promise<void> {
  const row = await tx.select(Organization, 'o').select('o.id').setLock('pessimistic_write').getOne();
  if (!row) throw notFound('Organization');
}

function alreadyListed(hostname: string): DomainError {
  return new DomainError(ErrorCode.Conflict, `${hostname} is already in your list.`, { field: 'hostname' });
}

function takenError(hostname: string): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    `${hostname} is already used by another workspace. If your organization owns it, contact support to have it released.`,
    { field: 'hostname' },
  );
}
