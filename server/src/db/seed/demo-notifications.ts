import type { EntityManager } from 'typeorm';
import { Agent } from '../../modules/agents/agent.entity';
import { Contact } from '../../modules/contacts/contact.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';

/**
 * Acme's agent finds two unread notifications under the bell (issue 17.8), matching the demo's own
 * history: Ada assigned him #2, and Road Runner replied on #3, which is his.
 */
export async function seedDemoNotifications(m: EntityManager, organizationId: string): Promise<void> {
  const admin = await m.findOneByOrFail(Agent, { organizationId, email: 'admin@acme.test' });
  const agent = await m.findOneByOrFail(Agent, { organizationId, email: 'agent@acme.test' });
  const road = await m.findOneByOrFail(Contact, { organizationId, email: 'road@runner.test' });
  const invoice = await m.findOneByOrFail(Ticket, { organizationId, number: 2 });
  const stops = await m.findOneByOrFail(Ticket, { organizationId, number: 3 });
  await m.save([
    m.create(Notification, { organizationId, agentId: agent.id, ticketId: invoice.id, kind: 'assigned', actorAgentId: admin.id }),
    m.create(Notification, { organizationId, agentId: agent.id, ticketId: stops.id, kind: 'reply', actorContactId: road.id }),
  ]);
}
