import { In } from 'typeorm';
import type { TenantData } from '../../db/tenant';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';

/** The people on tickets: requesters (contacts) and agents, read by id or listed. */
export class TicketPeopleService {
  constructor(private readonly tenant: TenantData) {}

  /** Contacts by id, in one statement. */
  async contactsById(organizationId: string, ids: readonly string[]): Promise<Map<string, Contact>> {
    const rows = await this.tenant.run(organizationId, (tx) => tx.find(Contact, { where: { id: In([...ids]) } }));
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Agents by id, in one statement. */
  async agentsById(organizationId: string, ids: readonly string[]): Promise<Map<string, Agent>> {
    const rows = await this.tenant.run(organizationId, (tx) => tx.find(Agent, { where: { id: In([...ids]) } }));
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The organization's agents by name, for the assignee picker. */
  listAgents(organizationId: string): Promise<Agent[]> {
    return this.tenant.run(organizationId, (tx) => tx.find(Agent, { order: { name: 'ASC', id: 'ASC' } }));
  }
}
