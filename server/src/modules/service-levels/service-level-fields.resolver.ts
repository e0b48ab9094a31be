import { Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
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
