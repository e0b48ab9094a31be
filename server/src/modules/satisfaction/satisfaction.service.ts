import type { Signer } from '../../auth/signer';
import type { AdminScope, AgentScope, ContactScope } from '../../auth/viewer';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, forbidden, notFound } from '../../errors';
import { Organization } from '../organizations/organization.entity';
import { lockTicket } from '../tickets/ticket-store';
import { Ticket } from '../tickets/ticket.entity';
import { surveyIdFromToken } from './satisfaction-link';
import { latestSurvey, ratingComment, ratingRefusal, ratingState, recordRating, type RatingState } from './satisfaction-survey';
import { SatisfactionSurvey, type SatisfactionRating } from './satisfaction-survey.entity';

/** A survey opened from its email link, with its ticket and whether it can be answered now. */
export interface LinkedSurvey {
  survey: SatisfactionSurvey;
  ticket: Ticket;
  state: RatingState;
}

/** Answers to "How did we do?": from the portal, from the email's link, and what agents read of them. */
export class SatisfactionService {
  constructor(
    private readonly tenant: TenantData,
    private readonly signer: Signer,
  ) {}

  /**
   * The requester rates their solved request from the portal. A contact who may read the request
   * but did not raise it (a CC, a colleague) is refused (FORBIDDEN); anyone else's request is NOT_FOUND.
   */
  async rateAsContact(scope: ContactScope, number: number, rating: SatisfactionRating, rawComment: string | null): Promise<Ticket> {
    const comment = ratingComment(rawComment);
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number, readableBy: scope });
      if (ticket.requesterId !== scope.contactId) throw forbidden('Only the person who raised this request can rate it.');
      const survey = await latestSurvey(tx, ticket.id);
      if (!survey) {
        const refusal = ratingRefusal('not-solved');
        throw badInput(refusal.message, refusal.field);
      }
      // The request changed hands since it was solved: the survey was someone else's question.
      if (survey.requesterId !== scope.contactId) throw forbidden('Only the person who raised this request can rate it.');
      return recordRating(tx, ticket, survey, rating, comment);
    });
  }

  /** What the email's link opens (GET): reads only, never writes. Null for a forged, foreign or gone survey. */
  async linked(organizationId: string, token: string): Promise<LinkedSurvey | null> {
    const surveyId = surveyIdFromToken(this.signer, organizationId, token);
    if (!surveyId) return null;
    return this.tenant.run(organizationId, async (tx) => {
      const found = await surveyWithTicket(tx, surveyId);
      if (!found) return null;
      const { survey, ticket } = found;
      const latest = await latestSurvey(tx, ticket.id);
      return { survey, ticket, state: ratingState(ticket, survey, latest?.id ?? survey.id) };
    });
  }

  /**
   * The answer from the link's page (a same-origin POST, checked by the route). The signed token
   * stands for the requester, to whom alone the email went. Null for a forged, foreign or gone survey;
   * a survey that is not open throws BAD_USER_INPUT with the reason.
   */
  async rateByLink(
    organizationId: string,
    token: string,
    rating: SatisfactionRating,
    rawComment: string | null,
  ): Promise<LinkedSurvey | null> {
    const comment = ratingComment(rawComment);
    const surveyId = surveyIdFromToken(this.signer, organizationId, token);
    if (!surveyId) return null;
    return this.tenant.run(organizationId, async (tx) => {
      const found = await surveyWithTicket(tx, surveyId);
      if (!found) return null;
      const ticket = await lockTicket(tx, { number: found.ticket.number });
      // Read again under the ticket's lock: a concurrent answer is then seen, not overwritten blindly.
      const survey = await tx.findOneBy(SatisfactionSurvey, { id: surveyId });
      if (!survey) return null;
      const saved = await recordRating(tx, ticket, survey, rating, comment);
      const answered = await tx.findOneBy(SatisfactionSurvey, { id: surveyId });
      return { survey: answered ?? survey, ticket: saved, state: 'open' };
    });
  }

  /** The latest survey of each ticket, for agents; for a contact, only the surveys they were asked. */
  async latestByTicket(
    organizationId: string,
    ticketIds: readonly string[],
    requesterId?: string,
  ): Promise<Map<string, SatisfactionSurvey>> {
    if (!ticketIds.length) return new Map();
    return this.tenant.run(organizationId, async (tx) => {
      const qb = tx
        .select(SatisfactionSurvey, 's')
        .distinctOn(['s.ticket_id'])
        .andWhere('s.ticket_id IN (:...ticketIds)', { ticketIds: [...ticketIds] })
        .orderBy('s.ticket_id')
        .addOrderBy('s.solved_at', 'DESC')
        .addOrderBy('s.id', 'DESC');
      const rows = await qb.getMany();
      // A contact reads the latest survey only when it was theirs: never a former requester's answer.
      return new Map(rows.filter((s) => requesterId === undefined || s.requesterId === requesterId).map((s) => [s.ticketId, s]));
    });
  }

  /** Whether a bad rating reopens the request. */
  async badRatingReopens(scope: AgentScope): Promise<boolean> {
    const organization = await this.tenant.run(scope.organizationId, (tx) => tx.findOneBy(Organization, { id: scope.organizationId }));
    if (!organization) throw notFound('Organization');
    return organization.badRatingReopens;
  }

  /** Turns on (or off) reopening on a bad rating. Admins only. */
  async setBadRatingReopens(scope: AdminScope, on: boolean): Promise<boolean> {
    await this.tenant.run(scope.organizationId, (tx) => tx.update(Organization, { id: scope.organizationId }, { badRatingReopens: on }));
    return on;
  }
}

/** A survey and its ticket, or null when either is gone. */
async function surveyWithTicket(tx: TenantTx, surveyId: string): Promise<{ survey: SatisfactionSurvey; ticket: Ticket } | null> {
  const survey = await tx.findOneBy(SatisfactionSurvey, { id: surveyId });
  const ticket = survey ? await tx.findOneBy(Ticket, { id: survey.ticketId }) : null;
  return survey && ticket ? { survey, ticket } : null;
}
