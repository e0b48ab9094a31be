import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { Contact } from '../contacts/contact.entity';
import type { CompanyServices } from './companies.module';
import type { CompanyWithDomains } from './company.service';

/** Per-request loaders of companies and CCs; the agent-only ones refuse anyone else (fail closed). */
export interface CompanyLoaders {
  /** Agents only: companies by id. */
  company: DataLoader<string, CompanyWithDomains | null>;
  /** Agents only: a company's contacts. */
  companyContacts: DataLoader<string, Contact[]>;
  /** The contacts copied on a ticket (the ticket itself was read through the viewer's rule). */
  ticketCcs: DataLoader<string, Contact[]>;
}

/** Creates the company loaders of one request, bound to the viewer. */
export function createCompanyLoaders(services: CompanyServices, viewer: Viewer): CompanyLoaders {
  const agentOrganizationId = (): string => {
    if (viewer.kind !== 'agent') throw forbidden();
    return viewer.organizationId;
  };
  const organizationId = (): string => {
    if (viewer.kind === 'anonymous') throw forbidden();
    return viewer.organizationId;
  };
  return {
    company: new DataLoader(async (ids) => {
      const found = await services.companies.byIds(agentOrganizationId(), ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    companyContacts: new DataLoader(async (ids) => {
      const found = await services.companies.contactsByCompany(agentOrganizationId(), ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    ticketCcs: new DataLoader(async (ids) => {
      const found = await services.ccs.contactsByTicket(organizationId(), ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
