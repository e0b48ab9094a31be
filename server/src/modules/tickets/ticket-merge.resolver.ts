import { Arg, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { requireAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { Ticket } from './ticket.entity';
import { TicketNode } from './ticket.types';

/** Where a merged ticket went. */
@ContactReadable()
@ObjectType({ description: 'The ticket a merged ticket was merged into.' })
export class MergedInto {
  @Field(() => Int, {
    nullable: true,
    description: "The target's number; null for a contact who may not read the target (show that the request was merged).",
  })
  number: number | null;
}

/** Merging duplicates (issue 17.4): the agents' mutation, and the pointer both apps read. */
@Resolver(() => TicketNode)
export class TicketMergeResolver {
  @AgentOnly()
  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, {
    description:
      'Merges ticket `sourceNumber` into `targetNumber`: messages, files and people move, the source is closed and its requester emailed. Returns the target.',
  })
  async mergeTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('sourceNumber', () => Int) sourceNumber: number,
    @Arg('targetNumber', () => Int) targetNumber: number,
  ): Promise<Ticket> {
    const target = await ctx.services.tickets.merge.merge(requireAgent(ctx), sourceNumber, targetNumber);
    ctx.loaders.forgetTicket(target.id);
    return target;
  }

  @ContactReadable()
  @Authorized(Role.Contact, Role.Agent)
  @FieldResolver(() => MergedInto, { nullable: true, description: 'Set when the ticket was merged into another (it is then closed).' })
  async mergedInto(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<MergedInto | null> {
    if (!ticket.mergedIntoTicketId) return null;
    // The loader reads the target as the viewer may: a contact not on it gets null, not its number.
    return { number: await ctx.loaders.ticketNumber.load(ticket.mergedIntoTicketId) };
  }
}
