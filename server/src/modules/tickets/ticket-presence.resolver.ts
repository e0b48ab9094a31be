import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, registerEnumType, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import { requireAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { BusEvent } from '../../live/change-bus';
import { agentPerson } from './ticket-person';
import { TicketPerson } from './ticket.types';

/** What another agent is doing on the ticket. */
export enum TicketActivityEnum {
  VIEWING = 'viewing',
  TYPING_REPLY = 'typing_reply',
  TYPING_NOTE = 'typing_note',
}
registerEnumType(TicketActivityEnum, { name: 'TicketActivity' });

/** Another agent on the ticket page, for collision detection. */
@AgentOnly()
@ObjectType({ description: 'Agents only: another agent on a ticket page, and whether they are typing a reply or a note.' })
export class TicketViewer {
  @Field(() => TicketPerson)
  agent: TicketPerson;

  @Field(() => TicketActivityEnum)
  activity: TicketActivityEnum;
}

interface PresenceSignal {
  ticketId: string;
}

/** Subscribing is viewing: the agent is listed from now until the subscription ends (page left, socket closed or dropped). */
async function presenceSignals({ args, context }: SubscribeResolverData<unknown, { number?: number }, GraphQLContext>) {
  const scope = requireAgent(context);
  const ticket = await context.services.tickets.read.findForAgent(scope, args.number ?? 0);
  const { changes, presence } = context.services.live;
  const signal: PresenceSignal = { ticketId: ticket.id };
  const viewerId = randomUUID();
  const inner = changes.iterate<PresenceSignal>(
    (event: BusEvent) => ((event.kind === 'presence' && event.ticketId === ticket.id) || event.kind === 'resync' ? signal : null),
    () => ticket.id,
    signal,
  );
  await presence.join(viewerId, { organizationId: scope.organizationId, ticketId: ticket.id, agentId: scope.agentId });
  const leave = () => presence.leave(viewerId).catch(() => undefined);
  return {
    next: () => inner.next(),
    async return() {
      await leave();
      return inner.return ? inner.return() : { value: undefined, done: true as const };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  } satisfies AsyncIterableIterator<PresenceSignal>;
}

/** Collision detection on the ticket page: who else is there, and who is typing. */
@AgentOnly()
@Resolver()
export class TicketPresenceResolver {
  @Authorized(Role.Agent)
  @Subscription(() => [TicketViewer], {
    description: 'Agents only: the other agents on this ticket now, then again whenever someone arrives, leaves or types.',
    subscribe: presenceSignals,
  })
  async ticketPresence(
    @Root() signal: PresenceSignal,
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) _number: number,
  ): Promise<TicketViewer[]> {
    const scope = requireAgent(ctx);
    const present = ctx.services.live.presence.present(signal.ticketId, scope.agentId);
    const agents = await Promise.all(present.map((p) => ctx.loaders.agent.load(p.agentId)));
    return present.flatMap((p, i) => {
      const agent = agents[i];
      return agent ? [{ agent: agentPerson(agent), activity: p.activity as TicketActivityEnum }] : [];
    });
  }

  @Authorized(Role.Agent)
  @Mutation(() => Boolean, {
    description:
      'Agents only: says the agent is typing a reply or a note on this ticket (send every few seconds while typing; VIEWING when they stop).',
  })
  async reportTicketActivity(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('activity', () => TicketActivityEnum) activity: TicketActivityEnum,
  ): Promise<boolean> {
    const scope = requireAgent(ctx);
    const ticket = await ctx.services.tickets.read.findForAgent(scope, number);
    await ctx.services.live.presence.typing(
      { organizationId: scope.organizationId, ticketId: ticket.id, agentId: scope.agentId },
      activity,
    );
    return true;
  }
}
