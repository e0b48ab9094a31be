import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { ATTACHMENT_IDS_ARG } from '../attachments/attachment-ids.arg';
import { TicketQueueFilter, TicketQueueSort, TicketQueueView } from './dto/ticket-queue.input';
import { UpdateTicketInput } from './dto/update-ticket.input';
import { agentPerson } from './ticket-person';
import type { TicketPage } from './ticket-read.service';
import type { Ticket } from './ticket.entity';
import { TicketConnection, TicketMessageKindEnum, TicketNode, TicketPerson, TicketQueueCounts } from './ticket.types';
import { requireAgent } from '../../auth/viewer';

/** Working tickets in the agent app. Every operation is agents-only and bound to the agent's organization. */
@AgentOnly()
@Resolver()
export class AgentTicketResolver {
  @Authorized(Role.Agent)
  @Query(() => TicketConnection, { description: "The organization's tickets in a view, filtered and sorted, read with keyset pagination." })
  ticketQueue(
    @Ctx() ctx: GraphQLContext,
    @Arg('view', () => TicketQueueView, { defaultValue: TicketQueueView.ALL }) view: TicketQueueView,
    @Arg('filter', () => TicketQueueFilter, { nullable: true }) filter: TicketQueueFilter | null,
    @Arg('sort', () => TicketQueueSort, { nullable: true }) sort: TicketQueueSort | null,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<TicketPage> {
    return ctx.services.tickets.read.queue(requireAgent(ctx), { view, filter, sort, first, after });
  }

  @Authorized(Role.Agent)
  @Query(() => TicketQueueCounts, { description: 'How many tickets each queue view holds.' })
  ticketQueueCounts(@Ctx() ctx: GraphQLContext): Promise<TicketQueueCounts> {
    return ctx.services.tickets.read.queueCounts(requireAgent(ctx));
  }

  @Authorized(Role.Agent)
  @Query(() => TicketNode, { description: "One of the organization's tickets by number." })
  agentTicket(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number): Promise<Ticket> {
    return ctx.services.tickets.read.findForAgent(requireAgent(ctx), number);
  }

  @Authorized(Role.Agent)
  @Query(() => [TicketPerson], { description: "The organization's agents, for the assignee picker." })
  async agents(@Ctx() ctx: GraphQLContext): Promise<TicketPerson[]> {
    const { organizationId } = requireAgent(ctx);
    const agents = await ctx.services.tickets.people.listAgents(organizationId);
    return agents.map(agentPerson);
  }

  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, {
    description:
      'Adds a public reply (emailed to the requester) or an internal note (never shown to the requester), with files uploaded by the agent (POST /attachments).',
  })
  async addTicketMessage(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('kind', () => TicketMessageKindEnum) kind: TicketMessageKindEnum,
    @Arg('body') body: string,
    @Arg('attachmentIds', () => [ID], ATTACHMENT_IDS_ARG) attachmentIds: string[] | null,
  ): Promise<Ticket> {
    const ticket = await ctx.services.tickets.write.addMessageAsAgent(requireAgent(ctx), number, kind, body, attachmentIds ?? []);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, {
    description: 'Changes status, priority, assignee or custom fields; each change is recorded with its author.',
  })
  async updateTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('input') input: UpdateTicketInput,
  ): Promise<Ticket> {
    const ticket = await ctx.services.tickets.write.updateAsAgent(requireAgent(ctx), number, input);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }
}
