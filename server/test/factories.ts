import { randomBytes } from 'node:crypto';
import { DataSource, type DeepPartial, type EntityManager } from 'typeorm';
import { Agent } from '../src/modules/agents/agent.entity';
import { Contact } from '../src/modules/contacts/contact.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { Ticket } from '../src/modules/tickets/ticket.entity';

/** Anything that can write: a data source or the manager of an open transaction. */
export type Writer = DataSource | EntityManager;

let sequence = 0;

/** A short value unique within this process and across parallel test files sharing one database server. */
function unique(): string {
  sequence += 1;
  return `${sequence}${randomBytes(3).toString('hex')}`;
}

function managerOf(m: Writer): EntityManager {
  return m instanceof DataSource ? m.manager : m;
}

/** Saves an organization with a unique slug and default branding; overrides win. */
export async function buildOrganization(m: Writer, overrides: DeepPartial<Organization> = {}): Promise<Organization> {
  const em = managerOf(m);
  const id = unique();
  const { branding, ...rest } = overrides;
  return em.save(
    em.create(Organization, {
      slug: `org-${id}`,
      name: `Organization ${id}`,
      ...rest,
      branding: { displayName: null, primaryColor: '#2563eb', accentColor: '#0f172a', ...branding },
    }),
  );
}

/** Saves an agent (role `agent`), creating an organization unless `organizationId` is given. */
export async function buildAgent(m: Writer, overrides: DeepPartial<Agent> = {}): Promise<Agent> {
  const em = managerOf(m);
  const organizationId = overrides.organizationId ?? (await buildOrganization(em)).id;
  const id = unique();
  return em.save(em.create(Agent, { email: `agent-${id}@example.test`, name: `Agent ${id}`, role: 'agent', ...overrides, organizationId }));
}

/** Saves a contact, creating an organization unless `organizationId` is given. */
export async function buildContact(m: Writer, overrides: DeepPartial<Contact> = {}): Promise<Contact> {
  const em = managerOf(m);
  const organizationId = overrides.organizationId ?? (await buildOrganization(em)).id;
  const id = unique();
  return em.save(em.create(Contact, { email: `contact-${id}@example.test`, name: `Contact ${id}`, ...overrides, organizationId }));
}

/**
 * Saves a ticket with the organization's next number (taken by incrementing
 * organizations.last_ticket_number, as the product does), creating the organization and the
 * requester when they are not given. The requester is created in the same organization.
 */
export async function buildTicket(m: Writer, overrides: DeepPartial<Ticket> = {}): Promise<Ticket> {
  const em = managerOf(m);
  const organizationId = overrides.organizationId ?? (await buildOrganization(em)).id;
  const requesterId = overrides.requesterId ?? (await buildContact(em, { organizationId })).id;
  const rows: { last_ticket_number: number }[] = await em.query(
    'UPDATE organizations SET last_ticket_number = last_ticket_number + 1 WHERE id = $1 RETURNING last_ticket_number',
    [organizationId],
  );
  // TypeORM's postgres driver returns [rows, affected] for UPDATE ... RETURNING.
  const returned = (Array.isArray(rows[0]) ? rows[0] : rows) as { last_ticket_number: number }[];
  if (!returned.length) throw new Error(`buildTicket: organization ${organizationId} does not exist`);
  const id = unique();
  return em.save(
    em.create(Ticket, {
      subject: `Ticket ${id}`,
      status: 'new',
      priority: 'normal',
      answers: {},
      ...overrides,
      organizationId,
      requesterId,
      number: overrides.number ?? returned[0].last_ticket_number,
    }),
  );
}
