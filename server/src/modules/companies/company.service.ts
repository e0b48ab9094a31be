import { In } from 'typeorm';
import { isUuid, normalizeEmail } from '@actionconnect/shared';
import type { AdminScope, AgentScope, ContactScope } from '../../auth/viewer';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { CompanyDomain } from './company-domain.entity';
import { Company, SHARING_MODES, type SharingMode } from './company.entity';

/** Most email domains one company maps. */
export const MAX_COMPANY_DOMAINS = 20;

/** A company with its domains, as the agent app shows it. */
export type CompanyWithDomains = Company & { domains: string[] };

/** What an admin sets on a company; absent fields stay as they are on update. */
export interface CompanyInput {
  name?: string | null;
  sharingMode?: SharingMode | null;
  domains?: string[] | null;
}

/** Companies, their domains, and which company a contact belongs to. Every method takes the organization's scope. */
export class CompanyService {
  constructor(private readonly tenant: TenantData) {}

  /** Every company of the organization by name, with its domains. */
  list(scope: AgentScope): Promise<CompanyWithDomains[]> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const companies = await tx.select(Company, 'c').orderBy('c.name', 'ASC').getMany();
      return withDomains(tx, companies);
    });
  }

  /** One company; another organization's answers as a missing one. */
  find(scope: AgentScope, id: string): Promise<CompanyWithDomains> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const [company] = await withDomains(tx, [await companyOf(tx, id)]);
      return company;
    });
  }

  /** Adds a company. */
  create(scope: AdminScope, input: CompanyInput): Promise<CompanyWithDomains> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const name = await checkName(tx, input.name, null);
      const company = await tx.insert(Company, { name, sharingMode: checkMode(input.sharingMode ?? 'private') });
      await this.setDomains(tx, company, input.domains ?? []);
      const [saved] = await withDomains(tx, [company]);
      return saved;
    });
  }

  /** Renames a company, changes its sharing mode, or replaces its domains (contacts already in it stay). */
  update(scope: AdminScope, id: string, input: CompanyInput): Promise<CompanyWithDomains> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const company = await companyOf(tx, id);
      const changes: Partial<Company> = {};
      if (input.name !== undefined && input.name !== null) changes.name = await checkName(tx, input.name, company.id);
      if (input.sharingMode) changes.sharingMode = checkMode(input.sharingMode);
      if (Object.keys(changes).length) await tx.update(Company, { id: company.id }, changes);
      if (input.domains) await this.setDomains(tx, company, input.domains);
      const [saved] = await withDomains(tx, [await companyOf(tx, id)]);
      return saved;
    });
  }

  /** Deletes a company: its contacts and requests stay, belonging to no company (so nobody sees them shared). */
  async remove(scope: AdminScope, id: string): Promise<string> {
    await this.tenant.run(scope.organizationId, async (tx) => {
      const company = await companyOf(tx, id);
      await tx.delete(Company, { id: company.id });
    });
    return id;
  }

  /**
   * Moves a contact to a company (or out of any, `companyId` null) and sets their manager flag.
   * Agents only: a contact can never move themselves or make themselves a manager. Their requests
   * stay in the company they were raised in.
   */
  setContactCompany(scope: AgentScope, contactId: string, companyId: string | null, isManager: boolean): Promise<Contact> {
    if (!isUuid(contactId)) throw notFound('Contact');
    return this.tenant.run(scope.organizationId, async (tx) => {
      const contact = await tx.findOneBy(Contact, { id: contactId });
      if (!contact) throw notFound('Contact');
      const company = companyId === null ? null : await companyOf(tx, companyId);
      const changes = { companyId: company?.id ?? null, isCompanyManager: company ? isManager : false };
      await tx.update(Contact, { id: contact.id }, changes);
      return { ...contact, ...changes };
    });
  }

  /** The contacts of many companies in one statement, keyed by company, by email. */
  contactsByCompany(organizationId: string, companyIds: readonly string[]): Promise<Map<string, Contact[]>> {
    return this.tenant.run(organizationId, async (tx) => {
      const rows = await tx.find(Contact, { where: { companyId: In([...companyIds]) }, order: { email: 'ASC' } });
      const byCompany = new Map<string, Contact[]>();
      for (const row of rows) if (row.companyId) byCompany.set(row.companyId, [...(byCompany.get(row.companyId) ?? []), row]);
      return byCompany;
    });
  }

  /** Many companies by id in one statement (another organization's are simply absent). */
  byIds(organizationId: string, ids: readonly string[]): Promise<Map<string, CompanyWithDomains>> {
    return this.tenant.run(organizationId, async (tx) => {
      const rows = await withDomains(tx, await tx.find(Company, { where: { id: In(ids.filter(isUuid)) } }));
      return new Map(rows.map((row) => [row.id, row]));
    });
  }

  /** The signed-in contact's company and whether its sharing mode shows them its requests; null without one. */
  portalCompany(scope: ContactScope): Promise<{ name: string; sharingMode: SharingMode; seesCompanyRequests: boolean } | null> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const contact = await tx.findOneBy(Contact, { id: scope.contactId });
      const company = contact?.companyId ? await tx.findOneBy(Company, { id: contact.companyId }) : null;
      if (!contact || !company) return null;
      const sees = company.sharingMode === 'managers' ? contact.isCompanyManager : company.sharingMode !== 'private';
      return { name: company.name, sharingMode: company.sharingMode, seesCompanyRequests: sees };
    });
  }

  /** Whether the organization's contacts may copy addresses outside their company. */
  async ccOutsideCompany(scope: AgentScope): Promise<boolean> {
    const organization = await this.tenant.run(scope.organizationId, (tx) => tx.findOneBy(Organization, { id: scope.organizationId }));
    return organization?.ccOutsideCompany ?? false;
  }

  /** Lets (or stops) the organization's contacts copy addresses outside their company. */
  async setCcOutsideCompany(scope: AdminScope, allowed: boolean): Promise<boolean> {
    await this.tenant.run(scope.organizationId, (tx) =>
      tx.update(Organization, { id: scope.organizationId }, { ccOutsideCompany: allowed }),
    );
    return allowed;
  }

  private async setDomains(tx: TenantTx, company: Company, given: string[]): Promise<void> {
    const domains = [...new Set(given.map(checkDomain))];
    if (domains.length > MAX_COMPANY_DOMAINS) throw badInput(`A company can have at most ${MAX_COMPANY_DOMAINS} domains.`, 'domains');
    if (domains.length) {
      const taken = await tx
        .select(CompanyDomain, 'd')
        .andWhere('d.domain IN (:...domains)', { domains })
        .andWhere('d.company_id <> :companyId', { companyId: company.id })
        .getOne();
      if (taken) throw badInput(`${taken.domain} already belongs to another company.`, 'domains');
    }
    await tx.delete(CompanyDomain, { companyId: company.id });
    if (domains.length)
      await tx.insertMany(
        CompanyDomain,
        domains.map((domain) => ({ companyId: company.id, domain })),
      );
  }
}

async function companyOf(tx: TenantTx, id: string): Promise<Company> {
  const company = isUuid(id) ? await tx.findOneBy(Company, { id }) : null;
  if (!company) throw notFound('Company');
  return company;
}

async function withDomains(tx: TenantTx, companies: Company[]): Promise<CompanyWithDomains[]> {
  if (!companies.length) return [];
  const rows = await tx.find(CompanyDomain, { where: { companyId: In(companies.map((c) => c.id)) }, order: { domain: 'ASC' } });
  return companies.map((c) => Object.assign(c, { domains: rows.filter((r) => r.companyId === c.id).map((r) => r.domain) }));
}

async function checkName(tx: TenantTx, raw: string | null | undefined, ownId: string | null): Promise<string> {
  const name = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (!name) throw badInput('Give the company a name.', 'name');
  if (name.length > 120) throw badInput('Company names can be at most 120 characters.', 'name');
  const same = await tx.findOneBy(Company, { name });
  if (same && same.id !== ownId) throw badInput(`There is already a company called ${name}.`, 'name');
  return name;
}

function checkMode(mode: string): SharingMode {
  const found = SHARING_MODES.find((m) => m === mode);
  if (!found) throw badInput(`Choose one of ${SHARING_MODES.join(', ')}.`, 'sharingMode');
  return found;
}

/** `coyote.test`, `@coyote.test` or `Coyote.TEST` as `coyote.test`; anything that is not a mail domain is refused. */
function checkDomain(raw: string): string {
  const domain = String(raw).trim().toLowerCase().replace(/^@/, '');
  if (!normalizeEmail(`x@${domain}`)) throw badInput(`"${String(raw).slice(0, 80)}" is not an email domain.`, 'domains');
  return domain;
}
