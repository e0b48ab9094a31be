import type { Signer } from '../../auth/signer';
import type { TenantTx } from '../../db/tenant';
import { badInput } from '../../errors';
import { isUnstorableString } from '../../graphql/string-input';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { saveTicket, ticketEvent } from '../tickets/ticket-store';
import type { Ticket } from '../tickets/ticket.entity';
import { ratingToken, ratingUrl } from './satisfaction-link';
import { SatisfactionSurvey, type SatisfactionRating } from './satisfaction-survey.entity';

/** For how long after a solve the requester may give or change their answer. */
export const RATING_WINDOW_DAYS = 7;
/** Longest comment kept with a rating. */
export const MAX_RATING_COMMENT_LENGTH = 2000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The two links of the survey email; `token` is cut from the stored email once sent. */
export interface RatingLinks {
  good: string;
  bad: string;
  token: string;
}

/**
 * Asks the requester "How did we do?" for this solve: records the survey with the ticket's assignee
 * and form as they are now, in the transaction that solves the ticket, and returns the email's links.
 * Call with the ticket as saved by the solve.
 */
export async function askForRating(tx: TenantTx, signer: Signer, ticket: Ticket, portalOrigin: string): Promise<RatingLinks> {
  const version = ticket.formVersionId ? await tx.findOneBy(IntakeFormVersion, { id: ticket.formVersionId }) : null;
  const survey = await tx.insert(SatisfactionSurvey, {
    ticketId: ticket.id,
    requesterId: ticket.requesterId,
    agentId: ticket.assigneeId,
    formId: version?.formId ?? null,
    ...(ticket.solvedAt ? { solvedAt: ticket.solvedAt } : {}),
  });
  const token = ratingToken(signer, tx.organizationId, survey.id);
  return { good: ratingUrl(portalOrigin, token, 'good'), bad: ratingUrl(portalOrigin, token, 'bad'), token };
}

/** Whether a survey can be answered now, and if not, why. */
export type RatingState = 'open' | 'not-solved' | 'expired' | 'superseded';

/** The last moment a survey's answer can be given or changed. */
export function changeableUntil(survey: Pick<SatisfactionSurvey, 'solvedAt'>): Date {
  return new Date(survey.solvedAt.getTime() + RATING_WINDOW_DAYS * DAY_MS);
}

/**
 * A survey is open while its ticket is still solved (or closed after that solve), it is the
 * ticket's latest survey (a reopen and a new solve ask again), and the window has not passed.
 */
export function ratingState(
  ticket: Pick<Ticket, 'status' | 'solvedAt'>,
  survey: SatisfactionSurvey,
  latestId: string,
  now = new Date(),
): RatingState {
  if (survey.id !== latestId) return 'superseded';
  if (ticket.solvedAt === null || (ticket.status !== 'solved' && ticket.status !== 'closed')) return 'not-solved';
  return now.getTime() > changeableUntil(survey).getTime() ? 'expired' : 'open';
}

/** The message for a survey that cannot be answered (GraphQL's BAD_USER_INPUT and the link page). */
export function ratingRefusal(state: Exclude<RatingState, 'open'>): { message: string; field: string } {
  switch (state) {
    case 'not-solved':
      return { message: 'Only a solved request can be rated; while it is open, tell us in a reply.', field: 'number' };
    case 'superseded':
      return { message: 'This request was solved again since; rate the latest solve instead.', field: 'number' };
    case 'expired':
      return { message: `Ratings can be given or changed for ${RATING_WINDOW_DAYS} days after a request is solved.`, field: 'rating' };
  }
}

/** The comment as stored: trimmed, null when empty; too long is refused by name. */
export function ratingComment(raw: string | null | undefined): string | null {
  const comment = (raw ?? '').replace(/\r\n?/g, '\n').trim();
  // The GraphQL layer refuses these before any resolver; the rating page's form reaches here directly.
  if (isUnstorableString(comment)) throw badInput('The comment contains characters that cannot be stored.', 'comment');
  if (comment.length > MAX_RATING_COMMENT_LENGTH) {
    throw badInput(`A comment can be at most ${MAX_RATING_COMMENT_LENGTH} characters.`, 'comment');
  }
  return comment === '' ? null : comment;
}

/** The ticket's latest survey (of its last solve), or null when it was never solved. */
export function latestSurvey(tx: TenantTx, ticketId: string): Promise<SatisfactionSurvey | null> {
  return tx
    .select(SatisfactionSurvey, 's')
    .andWhere('s.ticket_id = :ticketId', { ticketId })
    .orderBy('s.solved_at', 'DESC')
    .addOrderBy('s.id', 'DESC')
    .getOne();
}

/**
 * Records the requester's answer on a locked ticket (the caller checked who is answering): refuses
 * a survey that is not open, writes the answer and a history event, and reopens the ticket on a
 * new bad rating when the organization chose so. The same answer again changes nothing.
 */
export async function recordRating(
  tx: TenantTx,
  ticket: Ticket,
  survey: SatisfactionSurvey,
  rating: SatisfactionRating,
  comment: string | null,
): Promise<Ticket> {
  const latest = await latestSurvey(tx, ticket.id);
  const state = ratingState(ticket, survey, latest?.id ?? survey.id);
  if (state !== 'open') {
    const refusal = ratingRefusal(state);
    throw badInput(refusal.message, refusal.field);
  }
  if (survey.rating === rating && survey.comment === comment) return ticket;
  await tx.update(SatisfactionSurvey, { id: survey.id }, { rating, comment, ratedAt: () => 'now()' });
  const actor = { contactId: survey.requesterId };
  await tx.insert(TicketEvent, ticketEvent(ticket, 'satisfaction_rated', actor, { rating, comment, from: survey.rating }));
  const organization = await tx.findOneBy(Organization, { id: tx.organizationId });
  const reopen = rating === 'bad' && survey.rating !== 'bad' && ticket.status === 'solved' && organization?.badRatingReopens === true;
  if (!reopen) return saveTicket(tx, ticket, {});
  await tx.insert(TicketEvent, ticketEvent(ticket, 'status_changed', actor, { from: 'solved', to: 'open', reason: 'bad_rating' }, true));
  return saveTicket(tx, ticket, { status: 'open', solvedAt: null });
}
