import type { FormDefinition } from '@actionconnect/shared';
import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { badInput, forbidden } from '../../errors';
import { AttachmentNode, attachmentNode } from '../attachments/attachment.types';
import { TicketFieldValueNode } from '../custom-fields/custom-field.types';
import type { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { parseDefinition } from '../forms/intake-form.service';
import { fileAnswerIds, portalAnswers } from './ticket-answers';
import { RECENT_TICKETS_PER_REQUESTER } from './ticket.loaders';
import { agentPerson, contactPerson } from './ticket-person';
import type { TimelineEntry } from './ticket-timeline.service';
import type { Ticket } from './ticket.entity';
import { TicketAnswer, TicketEventItem, TicketFormInfo, TicketMessageItem, TicketNode, TicketPerson, TimelineItem } from './ticket.types';

const definitions = new WeakMap<IntakeFormVersion, FormDefinition>();

/**
 * The related data of a ticket. Fields without their own @Authorized are for the ticket's
 * requester and the organization's agents (the class-level rule); agent-only fields say so.
 * Which rows each viewer gets is decided by the loaders, per viewer kind.
 */
@Authorized(Role.Contact, Role.Agent)
@Resolver(() => TicketNode)
export class TicketFieldsResolver {
  @FieldResolver(() => TicketPerson)
  async requester(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketPerson> {
    const contact = await ctx.loaders.contact.load(ticket.requesterId);
    if (!contact) throw new Error(`requester ${ticket.requesterId} of ticket ${ticket.id} not found`);
    return contactPerson(contact);
  }

  @FieldResolver(() => TicketFormInfo, { nullable: true, description: 'The form and exact version the request was submitted with.' })
  async form(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketFormInfo | null> {
    const version = ticket.formVersionId ? await ctx.loaders.formVersion.load(ticket.formVersionId) : null;
    if (!version?.form) return null;
    return { id: version.form.id, name: version.form.name, versionId: version.id, version: version.version };
  }

  @FieldResolver(() => [TicketAnswer], {
    description: "The requester's answers to the questions they saw, labelled by the ticket's own form version.",
  })
  async answers(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketAnswer[]> {
    const version = ticket.formVersionId ? await ctx.loaders.formVersion.load(ticket.formVersionId) : null;
    if (!version) return [];
    let definition = definitions.get(version);
    if (!definition) {
      definition = parseDefinition(version);
      definitions.set(version, definition);
    }
    const fileIds = fileAnswerIds(definition, ticket.answers);
    // The same loader (and the same rule on what a contact may read) as the messages' files.
    const files = await Promise.all(fileIds.map((id) => ctx.loaders.attachedFile.load(id)));
    const names = new Map(files.flatMap((f) => (f ? [[f.id, f.fileName] as const] : [])));
    return portalAnswers(definition, ticket.answers, names);
  }

  @FieldResolver(() => [TimelineItem], {
    description:
      'Messages and events, oldest first. Contacts: public replies and status changes. Agents: everything, internal notes marked `internal`.',
  })
  timeline(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TimelineEntry[]> {
    // Two loaders rather than one filtered list: a contact's request never reads a note at all.
    if (ctx.viewer.kind === 'agent') return ctx.loaders.agentTimeline.load(ticket.id);
    if (ctx.viewer.kind === 'contact') return ctx.loaders.contactTimeline.load(ticket.id);
    throw forbidden();
  }

  @FieldResolver(() => [TicketFieldValueNode], { description: 'Custom field values. Contacts receive only fields visible to contacts.' })
  fieldValues(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketFieldValueNode[]> {
    if (ctx.viewer.kind === 'agent') return ctx.loaders.agentFieldValues.load(ticket.id);
    if (ctx.viewer.kind === 'contact') return ctx.loaders.contactFieldValues.load(ticket.id);
    throw forbidden();
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @FieldResolver(() => TicketPerson, { nullable: true, description: 'Agents only.' })
  async assignee(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketPerson | null> {
    const agent = ticket.assigneeId ? await ctx.loaders.agent.load(ticket.assigneeId) : null;
    return agent ? agentPerson(agent) : null;
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @FieldResolver(() => [TicketMessageItem], { description: 'Agents only: internal notes, oldest first.' })
  async internalNotes(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketMessageItem[]> {
    const timeline = await ctx.loaders.agentTimeline.load(ticket.id);
    return timeline.filter((entry): entry is TicketMessageItem => entry instanceof TicketMessageItem && entry.internal);
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @FieldResolver(() => [TicketEventItem], {
    description: 'Agents only: the full history (assignment, priority, fields, status), oldest first.',
  })
  async events(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketEventItem[]> {
    const timeline = await ctx.loaders.agentTimeline.load(ticket.id);
    return timeline.filter((entry): entry is TicketEventItem => entry instanceof TicketEventItem);
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @FieldResolver(() => [TicketNode], { description: "Agents only: the requester's other tickets, newest first." })
  async requesterOtherTickets(
    @Root() ticket: Ticket,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<Ticket[]> {
    if (first < 1 || first > RECENT_TICKETS_PER_REQUESTER)
      throw badInput(`Ask for between 1 and ${RECENT_TICKETS_PER_REQUESTER} tickets.`, 'first');
    const tickets = await ctx.loaders.recentTicketsByRequester.load(ticket.requesterId);
    return tickets.filter((t) => t.id !== ticket.id).slice(0, first);
  }
}

/** Who wrote a message, and its files. */
@Authorized(Role.Contact, Role.Agent)
@Resolver(() => TicketMessageItem)
export class TicketMessageResolver {
  @FieldResolver(() => TicketPerson, { nullable: true })
  author(@Root() message: TicketMessageItem, @Ctx() ctx: GraphQLContext): Promise<TicketPerson | null> {
    return person(ctx, message.authorAgentId, message.authorContactId);
  }

  @FieldResolver(() => [AttachmentNode], { description: 'Files attached to the message, in upload order.' })
  async attachments(@Root() message: TicketMessageItem, @Ctx() ctx: GraphQLContext): Promise<AttachmentNode[]> {
    // Keyed by message: one statement for a whole timeline. A contact's loader reads files of their own public replies only.
    const rows = await ctx.loaders.messageAttachments.load(message.id);
    return rows.map(attachmentNode);
  }
}

/** Who made a change. */
@Authorized(Role.Contact, Role.Agent)
@Resolver(() => TicketEventItem)
export class TicketEventResolver {
  @FieldResolver(() => TicketPerson, { nullable: true, description: 'Null for changes made by the system.' })
  actor(@Root() event: TicketEventItem, @Ctx() ctx: GraphQLContext): Promise<TicketPerson | null> {
    return person(ctx, event.actorAgentId, event.actorContactId);
  }
}

async function person(ctx: GraphQLContext, agentId: string | null, contactId: string | null): Promise<TicketPerson | null> {
  if (agentId) {
    const agent = await ctx.loaders.agent.load(agentId);
    return agent ? agentPerson(agent) : null;
  }
  if (contactId) {
    const contact = await ctx.loaders.contact.load(contactId);
    return contact ? contactPerson(contact) : null;
  }
  return null;
}
