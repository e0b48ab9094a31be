import { In } from 'typeorm';
import { isUuid, normalizeEmail } from '@actionconnect/shared';
import type { AgentScope, ContactScope } from '../../auth/viewer';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, forbidden, notFound } from '../../errors';
import { Agent } from '../agents/agent.entity';
import { ensureContact } from '../contacts/contact-store';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { lockTicket, ticketChange, ticketEvent } from '../tickets/ticket-store';
import type { Ticket } from '../tickets/ticket.entity';
import { mayComment } from './ticket-access';
import { TicketCc } from './ticket-cc.entity';

/** Most contacts copied on one ticket (documented in docs/security.md). */
export const MAX_CCS_PER_TICKET = 10;

type Actor = { agentId: string } | { contactId: string };

/**
 * Contacts copied on tickets. A CC reads the ticket, may comment, and gets its public replies by
 * email (ticket-access.ts has the read rule). Each change is one transaction with the ticket row
 * locked, so the limit holds under concurrent adds.
 */
export class TicketCcService {
  constructor(private readonly tenant: TenantData) {}

  /**
   * A contact copies someone on a request they may comment on: a colleague of their company, or
   * any address where the organization allows it; never the requester or an agent.
   */
  addAsContact(scope: ContactScope, number: number, rawEmail: string): Promise<Ticket> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number, readableBy: scope });
      if (!(await mayComment(tx, scope, ticket.id))) throw forbidden('You can read this request, but not add people to it.');
      const email = await checkCcEmail(tx, ticket, rawEmail);
      const organization = await tx.findOneBy(Organization, { id: scope.organizationId });
      if (!organization?.ccOutsideCompany) {
        const adder = await tx.findOneBy(Contact, { id: scope.contactId });
        const companyOfEmail = await companyIdFor(tx, email);
        if (!adder?.companyId || companyOfEmail !== adder.companyId) {
          throw badInput('You can only add people from your own company.', 'email');
        }
      }
      return this.add(tx, ticket, email, { contactId: scope.contactId });
    });
  }

  /** An agent copies any address that is not the requester's or an agent's. */
  addAsAgent(scope: AgentScope, number: number, rawEmail: string): Promise<Ticket> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number });
      return this.add(tx, ticket, await checkCcEmail(tx, ticket, rawEmail), { agentId: scope.agentId });
    });
  }

  /** The requester removes any CC, and a CC themselves; access ends with the transaction. */
  removeAsContact(scope: ContactScope, number: number, contactId: string): Promise<Ticket> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number, readableBy: scope });
      if (ticket.requesterId !== scope.contactId && contactId !== scope.contactId) {
        throw forbidden('Only the requester can remove other people from a request.');
      }
      return this.remove(tx, ticket, contactId, { contactId: scope.contactId });
    });
  }

  /** An agent removes a CC. */
  removeAsAgent(scope: AgentScope, number: number, contactId: string): Promise<Ticket> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number });
      return this.remove(tx, ticket, contactId, { agentId: scope.agentId });
    });
  }

  /** The CCs of many tickets in one statement, keyed by ticket, oldest first. */
  contactsByTicket(organizationId: string, ticketIds: readonly string[]): Promise<Map<string, Contact[]>> {
    return this.tenant.run(organizationId, async (tx) => {
      const ccs = await tx.find(TicketCc, { where: { ticketId: In([...ticketIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
      const contacts = ccs.length ? await tx.find(Contact, { where: { id: In(ccs.map((c) => c.contactId)) } }) : [];
      const byId = new Map(contacts.map((c) => [c.id, c]));
      const byTicket = new Map<string, Contact[]>();
      for (const cc of ccs) {
        const contact = byId.get(cc.contactId);
        if (contact) byTicket.set(cc.ticketId, [...(byTicket.get(cc.ticketId) ?? []), contact]);
      }
      return byTicket;
    });
  }

  private async add(tx: TenantTx, ticket: Ticket, email: string, actor: Actor): Promise<Ticket> {
    const contact = await ensureContact(tx, email);
    if (await tx.exists(TicketCc, { ticketId: ticket.id, contactId: contact.id })) return ticket;
    const count = await tx.select(TicketCc, 'cc').andWhere('cc.ticket_id = :ticketId', { ticketId: ticket.id }).getCount();
    if (count >= MAX_CCS_PER_TICKET) throw badInput(`A request can have at most ${MAX_CCS_PER_TICKET} CCs.`, 'email');
    await tx.insert(TicketCc, { ticketId: ticket.id, contactId: contact.id });
    await tx.insert(TicketEvent, ticketEvent(ticket, 'cc_added', actor, { contactId: contact.id, email }));
    await tx.announce(ticketChange(ticket));
    return ticket;
  }

  private async remove(tx: TenantTx, ticket: Ticket, contactId: string, actor: Actor): Promise<Ticket> {
    const removed = isUuid(contactId) ? await tx.delete(TicketCc, { ticketId: ticket.id, contactId }) : 0;
    if (!removed) throw notFound('CC');
    const contact = await tx.findOneBy(Contact, { id: contactId });
    await tx.insert(TicketEvent, ticketEvent(ticket, 'cc_removed', actor, { contactId, email: contact?.email ?? null }));
    await tx.announce(ticketChange(ticket));
    return ticket;
  }
}

/** One address that is neither the ticket's requester nor an agent, normalized. */
async function checkCcEmail(tx: TenantTx, ticket: Ticket, raw: string): Promise<string> {
  const email = normalizeEmail(raw);
  if (!email) throw badInput('Enter one email address, like name@example.com.', 'email');
  const requester = await tx.findOneBy(Contact, { id: ticket.requesterId });
  if (requester?.email === email) throw badInput('That is the requester, who gets every reply already.', 'email');
  if (await tx.exists(Agent, { email })) throw badInput("That is an agent's address; agents see every request already.", 'email');
  return email;
}

/** The company an address belongs to: its contact's, or for a new address the company its domain maps to. */
async function companyIdFor(tx: TenantTx, email: string): Promise<string | null> {
  const rows = await tx.sql<{ company_id: string | null }>(
    `SELECT COALESCE(
       (SELECT c.company_id FROM contacts c WHERE c.organization_id = $1 AND c.email = CAST($2 AS varchar)),
       (SELECT d.company_id FROM company_domains d WHERE d.organization_id = $1 AND d.domain = substring(CAST($2 AS varchar) FROM '@([^@]*)$')
          AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = $1 AND c.email = CAST($2 AS varchar)))) AS company_id`,
    [tx.organizationId, email],
  );
  return rows[0]?.company_id ?? null;
}
