import { Arg, Authorized, Ctx, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { requireAgent, requireContact, requireContactOrAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { BusEvent } from '../../live/change-bus';
import type { Ticket } from './ticket.entity';
import { TicketNode } from './ticket.types';

/** What a ticket subscription hands its resolver: which ticket to read again. */
interface TicketSignal {
  ticketId: string;
  number: number;
}

type Data = SubscribeResolverData<unknown, { number?: number }, GraphQLContext>;

/** The ticket a viewer asked for, found with their own read rules (a foreign number is NOT_FOUND, as in a query). */
function findVisible(ctx: GraphQLContext, number: number): Promise<Ticket> {
  const scope = requireContactOrAgent(ctx);
  return scope.kind === 'agent'
    ? ctx.services.tickets.read.findForAgent(scope, number)
    : ctx.services.tickets.read.findForContact(scope, number);
}

/** One ticket's changes, for its requester or the organization's agents; `resync` after missed notices. */
async function ticketSignals({ args, context }: Data): Promise<AsyncIterable<TicketSignal>> {
  const ticket = await findVisible(context, args.number ?? 0);
  const organizationId = ticket.organizationId;
  const signal: TicketSignal = { ticketId: ticket.id, number: ticket.number };
  // The first result is the current state, so a (re)subscribing client needs no separate query.
  return context.services.live.changes.iterate<TicketSignal>(
    (event: BusEvent) => {
      if (event.kind === 'resync') return signal;
      if (event.kind !== 'ticket' || event.organizationId !== organizationId || event.ticketId !== ticket.id) return null;
      return signal;
    },
    () => ticket.id,
    signal,
  );
}

/** Every ticket of the organization as it changes, for the agents' queue. */
function organizationSignals({ context }: Data): AsyncIterable<TicketSignal> {
  const { organizationId } = requireAgent(context);
  return context.services.live.changes.iterate<TicketSignal>(
    (event: BusEvent) =>
      event.kind === 'ticket' && event.organizationId === organizationId ? { ticketId: event.ticketId, number: event.number } : null,
    (signal) => signal.ticketId,
  );
}

/** The signed-in contact's own requests as they change or are created, for their request list. */
function requesterSignals({ context }: Data): AsyncIterable<TicketSignal> {
  const { organizationId, contactId } = requireContact(context);
  return context.services.live.changes.iterate<TicketSignal>(
    (event: BusEvent) =>
      event.kind === 'ticket' && event.organizationId === organizationId && event.requesterId === contactId
        ? { ticketId: event.ticketId, number: event.number }
        : null,
    (signal) => signal.ticketId,
  );
}

/**
 * Live tickets over the WebSocket. Each notice carries ids only; the ticket is read again through
 * the viewer's own read service and resolved by the same field rules as a query, so a contact's
 * copy never holds a note, an agent-only field or another contact's ticket.
 */
@Resolver()
export class TicketLiveResolver {
  @ContactReadable()
  @Authorized(Role.Contact, Role.Agent)
  @Subscription(() => TicketNode, {
    description:
      'The ticket now, then each time it changes (a reply, a note for agents, a status or field change), read for the subscriber: contacts get their own requests only, and only what they may query.',
    subscribe: ticketSignals,
  })
  async ticketChanged(
    @Root() signal: TicketSignal,
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) _number: number,
  ): Promise<Ticket> {
    const ticket = await findVisible(ctx, signal.number);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @ContactReadable()
  @Authorized(Role.Contact)
  @Subscription(() => TicketNode, {
    description: "The signed-in contact's requests as they change or are created, for the request list.",
    subscribe: requesterSignals,
  })
  async myTicketChanged(@Root() signal: TicketSignal, @Ctx() ctx: GraphQLContext): Promise<Ticket> {
    const ticket = await ctx.services.tickets.read.findForContact(requireContact(ctx), signal.number);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @Subscription(() => TicketNode, {
    description: "Agents only: any of the organization's tickets as it changes or is created, for the queue.",
    subscribe: organizationSignals,
  })
  async organizationTicketChanged(@Root() signal: TicketSignal, @Ctx() ctx: GraphQLContext): Promise<Ticket> {
    const ticket = await ctx.services.tickets.read.findForAgent(requireAgent(ctx), signal.number);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }
}
