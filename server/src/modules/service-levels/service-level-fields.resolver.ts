import { Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ContactReadable } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { Role } from '../../auth/auth-checker';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketNode } from '../tickets/ticket.types';

/** The service-level fields of a ticket that its requester sees too. */
@Authorized(Role.Contact, Role.Agent)
@Resolver(() => TicketNode)
export class ServiceLevelFieldsResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'While the request waits on the team: when a reply is due (the first or the next response target). Null otherwise, or with no target.',
  })
  expectedReplyBy(@Root() ticket: Ticket): Date | null {
    return expectedReplyBy(ticket);
  }
}

/** The reply the requester waits for, if they wait on the team: the first response, else the next. */
export function expectedReplyBy(
  ticket: Pick<Ticket, 'status' | 'awaitingReplySince' | 'firstResponseDueAt' | 'nextResponseDueAt'>,
): Date | null {
  if ((ticket.status !== 'new' && ticket.status !== 'open') || !ticket.awaitingReplySince) return null;
  return ticket.firstResponseDueAt ?? ticket.nextResponseDueAt;
}

/** When the portal's team usually replies, and whether it is in now. */
@ContactReadable()
@ObjectType()
export class ReplyPromiseNode {
  @Field(() => Int, {
    nullable: true,
    description:
      'We usually reply within this many minutes (business minutes when businessHours): the median of the last 30 days, else the target.',
  })
  replyWithinMinutes: number | null;

  @Field()
  businessHours: boolean;

  @Field({ description: 'Whether the team is within its business hours now.' })
  openNow: boolean;

  @Field(() => Date, { nullable: true, description: 'When the team is back, while it is closed.' })
  opensAt: Date | null;
}

/** The portal's reply promise, for anyone visiting it. */
@ContactReadable()
@Resolver()
export class ReplyPromiseResolver {
  @Query(() => ReplyPromiseNode, { nullable: true, description: "When the portal's team usually replies; null outside a portal host." })
  replyPromise(@Ctx() ctx: GraphQLContext): Promise<ReplyPromiseNode> | null {
    return ctx.host.kind === 'portal' ? ctx.services.serviceLevels.promise.promise(ctx.host.organization.id) : null;
  }
}
