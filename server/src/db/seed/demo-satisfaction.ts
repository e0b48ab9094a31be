import type { EntityManager } from 'typeorm';
import { SatisfactionSurvey } from '../../modules/satisfaction/satisfaction-survey.entity';
import { TicketEvent } from '../../modules/tickets/ticket-event.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';

/** The demo's answers to "How did we do?", by ticket number: one good with a comment, one bad. */
export const DEMO_RATINGS: { number: number; rating: 'good' | 'bad'; comment: string }[] = [
  { number: 4, rating: 'good', comment: 'Found the export straight away, thanks!' },
  { number: 5, rating: 'bad', comment: 'It took three emails before anyone closed the account.' },
];

/**
 * Acme's satisfaction answers (issue 14.4), on its solved and closed demo tickets, so the ticket page,
 * the portal and the satisfaction report have something to show. Each survey is the one its solve
 * asked, answered an hour after the solve, with its history event.
 */
export async function seedDemoRatings(m: EntityManager, organizationId: string): Promise<void> {
  for (const r of DEMO_RATINGS) {
    const ticket = await m.findOneByOrFail(Ticket, { organizationId, number: r.number });
    if (!ticket.solvedAt) throw new Error(`demo ticket #${r.number} was never solved`);
    const ratedAt = new Date(ticket.solvedAt.getTime() + 3600_000);
    const version: { form_id: string }[] = ticket.formVersionId
      ? await m.query('SELECT form_id FROM intake_form_versions WHERE id = $1', [ticket.formVersionId])
      : [];
    await m.save(
      m.create(SatisfactionSurvey, {
        organizationId,
        ticketId: ticket.id,
        requesterId: ticket.requesterId,
        agentId: ticket.assigneeId,
        formId: version[0]?.form_id ?? null,
        solvedAt: ticket.solvedAt,
        rating: r.rating,
        comment: r.comment,
        ratedAt,
      }),
    );
    await m.save(
      m.create(TicketEvent, {
        organizationId,
        ticketId: ticket.id,
        type: 'satisfaction_rated',
        actorContactId: ticket.requesterId,
        data: { rating: r.rating, comment: r.comment, from: null },
        createdAt: ratedAt,
      }),
    );
  }
}
