import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { Agent } from '../agents/agent.entity';
import type { Contact } from '../contacts/contact.entity';
import type { TicketServices } from './tickets.module';
import type { TimelineEntry } from './ticket-timeline.service';
import type { Ticket } from './ticket.entity';

/** How many of a requester's tickets `requesterOtherTickets` can show. */
export const RECENT_TICKETS_PER_REQUESTER = 10;

/**
 * Per-request loaders of ticket data, bound to the viewer's organization. The agent-only ones
 * refuse anyone but an agent, so a field resolver that forgot its guard still fails closed.
 */
export interface TicketLoaders {
  contact: DataLoader<string, Contact | null>;
  agent: DataLoader<string, Agent | null>;
  /** A contact's own tickets only: public replies and contact-visible events. */
  contactTimeline: DataLoader<string, TimelineEntry[]>;
  /** Agents only: every message and event. */
  agentTimeline: DataLoader<string, TimelineEntry[]>;
  /** Agents only: the newest tickets of a requester. */
  recentTicketsByRequester: DataLoader<string, Ticket[]>;
  /** A ticket's number by id, or null when the viewer may not read it (a merged ticket's target). */
  ticketNumber: DataLoader<string, number | null>;
}

/** Creates the ticket loaders of one request. */
export function createTicketLoaders(services: Pick<TicketServices, 'people' | 'timeline' | 'read'>, viewer: Viewer): TicketLoaders {
  const organizationId = (): string => {
    if (viewer.kind === 'anonymous') throw forbidden();
    return viewer.organizationId;
  };
  const agentOrganizationId = (): string => {
    if (viewer.kind !== 'agent') throw forbidden();
    return viewer.organizationId;
  };
  const contactScope = () => {
    if (viewer.kind !== 'contact') throw forbidden();
    return { organizationId: viewer.organizationId, contactId: viewer.contactId };
  };
  const inOrder = <T>(keys: readonly string[], found: Map<string, T>, missing: () => T): T[] =>
    keys.map((key) => found.get(key) ?? missing());

  const reader = () => {
    if (viewer.kind === 'agent') return { organizationId: viewer.organizationId };
    return contactScope();
  };

  return {
    ticketNumber: new DataLoader(async (ids) => inOrder(ids, await services.read.numbersById(reader(), ids), () => null)),
    contact: new DataLoader(async (ids) => inOrder(ids, await services.people.contactsById(organizationId(), ids), () => null)),
    agent: new DataLoader(async (ids) => inOrder(ids, await services.people.agentsById(organizationId(), ids), () => null)),
    contactTimeline: new DataLoader(async (ticketIds) =>
      inOrder(ticketIds, await services.timeline.contactTimelines(contactScope(), ticketIds), () => []),
    ),
    agentTimeline: new DataLoader(async (ticketIds) =>
      inOrder(ticketIds, await services.timeline.agentTimelines(agentOrganizationId(), ticketIds), () => []),
    ),
    recentTicketsByRequester: new DataLoader(async (requesterIds) =>
      inOrder(
        requesterIds,
        await services.read.recentByRequester(agentOrganizationId(), requesterIds, RECENT_TICKETS_PER_REQUESTER + 1),
        () => [],
      ),
    ),
  };
}
