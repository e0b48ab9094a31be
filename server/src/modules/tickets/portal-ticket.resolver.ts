import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { ContactReadable } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { ATTACHMENT_IDS_ARG } from '../attachments/attachment-ids.arg';
import { SubmitRequestInput } from './dto/submit-request.input';
import type { Ticket } from './ticket.entity';
import { TicketConnection, TicketNode, TicketStatusEnum } from './ticket.types';
import type { TicketPage } from './ticket-read.service';
import { requireContact } from '../../auth/viewer';

/** A signed-in contact's requests, on their organization's portal. */
@ContactReadable()
@Resolver()
export class PortalTicketResolver {
  @Authorized(Role.Contact)
  @Query(() => TicketConnection, { description: "The signed-in contact's requests, most recently active first." })
  myTickets(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => [TicketStatusEnum], { nullable: true, description: 'Any of these statuses.' }) status: TicketStatusEnum[] | null,
    @Arg('search', () => String, { nullable: true, description: 'A request number (`12`, `#12`) or words of the subject.' })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<TicketPage> {
    return ctx.services.tickets.read.listForContact(requireContact(ctx), { status, search, first, after });
  }

  @Authorized(Role.Contact)
  @Query(() => TicketNode, { description: "One of the signed-in contact's requests. Anyone else's answers NOT_FOUND, like a missing one." })
  ticket(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number): Promise<Ticket> {
    return ctx.services.tickets.read.findForContact(requireContact(ctx), number);
  }

  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, {
    description: 'Submits a request with answers to one published form version. Refused answers: BAD_USER_INPUT with `extensions.fields`.',
  })
  submitRequest(@Ctx() ctx: GraphQLContext, @Arg('input') input: SubmitRequestInput): Promise<Ticket> {
    return ctx.services.tickets.submission.submit(requireContact(ctx), input);
  }

  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, {
    description:
      'Adds a reply to a request, with files uploaded by the contact (POST /attachments); a solved request opens again. Closed requests are read-only (FORBIDDEN).',
  })
  async replyToTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('body') body: string,
    @Arg('attachmentIds', () => [ID], ATTACHMENT_IDS_ARG) attachmentIds: string[] | null,
  ): Promise<Ticket> {
    const ticket = await ctx.services.tickets.write.replyAsContact(requireContact(ctx), number, body, attachmentIds ?? []);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, {
    description: 'Opens a solved request again (FORBIDDEN for any other status; closed requests are read-only).',
  })
  async reopenTicket(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number): Promise<Ticket> {
    const ticket = await ctx.services.tickets.write.changeStatusAsContact(requireContact(ctx), number, 'open');
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, {
    description: "Marks a request solved; reopenTicket opens a solved one again. No other status change is a contact's.",
  })
  async markTicketSolved(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number): Promise<Ticket> {
    const ticket = await ctx.services.tickets.write.changeStatusAsContact(requireContact(ctx), number, 'solved');
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }
}
