import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { requireAdmin, requireAgent, requireContact } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketNode } from '../tickets/ticket.types';
import type { SatisfactionReportData } from './satisfaction-report.service';
import { changeableUntil, MAX_RATING_COMMENT_LENGTH, RATING_WINDOW_DAYS, ratingState } from './satisfaction-survey';
import { SatisfactionNode, SatisfactionRatingEnum, SatisfactionReport, SatisfactionStateEnum } from './satisfaction.types';

/** Rating a solved request (its requester), reading the answer (requester and agents), the report and the setting (admins). */
@Resolver()
export class SatisfactionResolver {
  @ContactReadable()
  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, {
    description: `Answers "How did we do?" for a solved request; the answer can be changed for ${RATING_WINDOW_DAYS} days after the solve. Only the requester may (FORBIDDEN for a CC or colleague); a request that is not solved, or past the window, is BAD_USER_INPUT. A comment is optional (at most ${MAX_RATING_COMMENT_LENGTH} characters).`,
  })
  async rateRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('rating', () => SatisfactionRatingEnum) rating: SatisfactionRatingEnum,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
  ): Promise<Ticket> {
    const ticket = await ctx.services.satisfaction.surveys.rateAsContact(requireContact(ctx), number, rating, comment);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @AgentOnly()
  @Authorized(Role.Admin)
  @Query(() => SatisfactionReport, {
    description: 'Satisfaction of the last weeks (this one included), by agent, form and week. Admins only.',
  })
  satisfactionReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('weeks', () => Int, { defaultValue: 12 }) weeks: number,
  ): Promise<SatisfactionReportData> {
    return ctx.services.satisfaction.report.report(requireAdmin(ctx), weeks);
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @Query(() => Boolean, { description: 'Whether a bad rating reopens the request.' })
  badRatingReopens(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.satisfaction.surveys.badRatingReopens(requireAgent(ctx));
  }

  @AgentOnly()
  @Authorized(Role.Admin)
  @Mutation(() => Boolean, { description: 'Chooses whether a bad rating reopens the request (off by default). Admins only.' })
  setBadRatingReopens(@Ctx() ctx: GraphQLContext, @Arg('on') on: boolean): Promise<boolean> {
    return ctx.services.satisfaction.surveys.setBadRatingReopens(requireAdmin(ctx), on);
  }
}

/** A ticket's "How did we do?", for its requester and agents. */
@ContactReadable()
@Authorized(Role.Contact, Role.Agent)
@Resolver(() => TicketNode)
export class TicketSatisfactionResolver {
  @FieldResolver(() => SatisfactionNode, {
    nullable: true,
    description:
      'The answer for the latest solve (null if never solved). A contact reads it only on a request they raised and were asked about.',
  })
  async satisfaction(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<SatisfactionNode | null> {
    const survey = await ctx.loaders.ticketSatisfaction.load(ticket.id);
    if (!survey) return null;
    return {
      id: survey.id,
      rating: survey.rating as SatisfactionRatingEnum | null,
      comment: survey.comment,
      ratedAt: survey.ratedAt,
      solvedAt: survey.solvedAt,
      changeableUntil: changeableUntil(survey),
      state: ratingState(ticket, survey, survey.id) as SatisfactionStateEnum,
    };
  }
}
