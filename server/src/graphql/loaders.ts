import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Agent } from '../modules/agents/agent.entity';
import { Contact } from '../modules/contacts/contact.entity';
import type { TicketFieldValueNode } from '../modules/custom-fields/custom-field.types';
import { loadFieldValuesByTicket } from '../modules/custom-fields/custom-field.service';
import { IntakeFormVersion } from '../modules/forms/intake-form-version.entity';
import { loadRecentTicketsByRequester } from '../modules/tickets/ticket-read.service';
import { loadAgentTimelines, loadContactTimelines, type TimelineEntry } from '../modules/tickets/ticket-timeline.service';
import type { Ticket } from '../modules/tickets/ticket.entity';
import type { Viewer } from './context';
import { forbidden } from '../errors';

/** How many of a requester's tickets `requesterOtherTickets` can show. */
export const RECENT_TICKETS_PER_REQUESTER = 10;

/**
 * Per-request batch loaders: whatever the length of a list, each kind of related row is read in
 * one statement. Every loader is bound to the viewer's organization, and the agent-only ones
 * refuse to run for anyone but an agent, so a field resolver that forgot its guard still fails closed.
 */
export interface Loaders {
  contact: DataLoader<string, Contact | null>;
  agent: DataLoader<string, Agent | null>;
  /** With its form. */
  formVersion: DataLoader<string, IntakeFormVersion | null>;
  /** A contact's own tickets only; values of fields visible to contacts only. */
  contactFieldValues: DataLoader<string, TicketFieldValueNode[]>;
  /** Agents only: every field's value. */
  agentFieldValues: DataLoader<string, TicketFieldValueNode[]>;
  /** A contact's own tickets only: public replies and contact-visible events. */
  contactTimeline: DataLoader<string, TimelineEntry[]>;
  /** Agents only: every message and event. */
  agentTimeline: DataLoader<string, TimelineEntry[]>;
  /** Agents only: the newest tickets of a requester. */
  recentTicketsByRequester: DataLoader<string, Ticket[]>;
  /** Drops what was cached about a ticket, after a mutation changed it. */
  forgetTicket(ticketId: string): void;
}

/** Creates the loaders of one request. */
export function createLoaders(db: DataSource, viewer: Viewer): Loaders {
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

  const loaders: Omit<Loaders, 'forgetTicket'> = {
    contact: new DataLoader(async (ids) =>
      byId(ids, await db.getRepository(Contact).find({ where: { organizationId: organizationId(), id: In([...ids]) } })),
    ),
    agent: new DataLoader(async (ids) =>
      byId(ids, await db.getRepository(Agent).find({ where: { organizationId: organizationId(), id: In([...ids]) } })),
    ),
    formVersion: new DataLoader(async (ids) =>
      byId(
        ids,
        await db
          .getRepository(IntakeFormVersion)
          .find({ where: { organizationId: organizationId(), id: In([...ids]) }, relations: { form: true } }),
      ),
    ),
    contactFieldValues: new DataLoader(async (ticketIds) => {
      const scope = contactScope();
      const values = await loadFieldValuesByTicket(db, scope.organizationId, ticketIds, { kind: 'contact', contactId: scope.contactId });
      return ticketIds.map((id) => values.get(id) ?? []);
    }),
    agentFieldValues: new DataLoader(async (ticketIds) => {
      const values = await loadFieldValuesByTicket(db, agentOrganizationId(), ticketIds, { kind: 'agent' });
      return ticketIds.map((id) => values.get(id) ?? []);
    }),
    contactTimeline: new DataLoader(async (ticketIds) => {
      const timelines = await loadContactTimelines(db, contactScope(), ticketIds);
      return ticketIds.map((id) => timelines.get(id) ?? []);
    }),
    agentTimeline: new DataLoader(async (ticketIds) => {
      const timelines = await loadAgentTimelines(db, agentOrganizationId(), ticketIds);
      return ticketIds.map((id) => timelines.get(id) ?? []);
    }),
    recentTicketsByRequester: new DataLoader(async (requesterIds) => {
      const tickets = await loadRecentTicketsByRequester(db, agentOrganizationId(), requesterIds, RECENT_TICKETS_PER_REQUESTER + 1);
      return requesterIds.map((id) => tickets.get(id) ?? []);
    }),
  };
  return {
    ...loaders,
    forgetTicket(ticketId) {
      loaders.contactFieldValues.clear(ticketId);
      loaders.agentFieldValues.clear(ticketId);
      loaders.contactTimeline.clear(ticketId);
      loaders.agentTimeline.clear(ticketId);
    },
  };
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}
