import type { Agent } from '../agents/agent.entity';
import type { Contact } from '../contacts/contact.entity';
import { PersonKind, type TicketPerson } from './ticket.types';

/** A contact as a TicketPerson (email readable by agents only, see TicketPerson.email). */
export function contactPerson(contact: Contact): TicketPerson {
  return { id: contact.id, kind: PersonKind.CONTACT, name: contact.name, email: contact.email };
}

/** An agent as a TicketPerson (email readable by agents only, see TicketPerson.email). */
export function agentPerson(agent: Agent): TicketPerson {
  return { id: agent.id, kind: PersonKind.AGENT, name: agent.name, email: agent.email };
}
