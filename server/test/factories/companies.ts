// Companies, their email domains, and the contacts copied on tickets.
import type { DeepPartial } from 'typeorm';
import { CompanyDomain } from '../../src/modules/companies/company-domain.entity';
import { Company } from '../../src/modules/companies/company.entity';
import { TicketCc } from '../../src/modules/companies/ticket-cc.entity';
import { Ticket } from '../../src/modules/tickets/ticket.entity';
import { buildContact, managerOf, organizationIdOf, rowOrBuild, save, unique, type Writer } from './core';
import { buildTicket } from './tickets';

/** Saves a company (sharing mode `private` unless given), creating an organization unless `organizationId` is given. */
export async function buildCompany(m: Writer, overrides: DeepPartial<Company> = {}): Promise<Company> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  return save(em, Company, { name: `Company ${unique()}`, sharingMode: 'private', ...overrides, organizationId });
}

/** Saves an email domain of a company (a new one unless `companyId` is given). */
export async function buildCompanyDomain(m: Writer, overrides: DeepPartial<CompanyDomain> = {}): Promise<CompanyDomain> {
  const em = managerOf(m);
  const company = await rowOrBuild(em, Company, overrides.companyId, overrides.organizationId, buildCompany);
  return save(em, CompanyDomain, {
    domain: `company-${unique()}.test`,
    ...overrides,
    organizationId: company.organizationId,
    companyId: company.id,
  });
}

/** Copies a contact (a new one unless `contactId` is given) on a ticket (a new one unless `ticketId` is given). */
export async function buildTicketCc(m: Writer, overrides: DeepPartial<TicketCc> = {}): Promise<TicketCc> {
  const em = managerOf(m);
  const ticket = await rowOrBuild(em, Ticket, overrides.ticketId, overrides.organizationId, buildTicket);
  const contactId = overrides.contactId ?? (await buildContact(em, { organizationId: ticket.organizationId })).id;
  return save(em, TicketCc, { ...overrides, organizationId: ticket.organizationId, ticketId: ticket.id, contactId });
}
