import { dueTimes, type BusinessSchedule } from '@actionconnect/shared';
import type { EntityManager } from 'typeorm';
import { BusinessHours } from '../../modules/service-levels/business-hours.entity';
import { ServiceLevelPolicy } from '../../modules/service-levels/service-level-policy.entity';
import { clockOf, dueColumns, pickPolicy, targetsOf } from '../../modules/service-levels/ticket-clock';
import { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';

/** Acme's hours: Monday to Friday, 9 to 5 in Los Angeles; closed on New Year's Day and Christmas. */
export const DEMO_SCHEDULE: BusinessSchedule = {
  timeZone: 'America/Los_Angeles',
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })),
  holidays: [
    { date: '2026-01-01', yearly: true, name: "New Year's Day" },
    { date: '2026-12-25', yearly: true, name: 'Christmas Day' },
  ],
};

const HOUR = 60;
// "A human replies within one business day": eight business hours for a normal request.
const DEMO_POLICIES = [
  { priority: 'urgent', firstResponseMinutes: 1 * HOUR, nextResponseMinutes: 2 * HOUR, resolutionMinutes: 8 * HOUR },
  { priority: 'high', firstResponseMinutes: 4 * HOUR, nextResponseMinutes: 4 * HOUR, resolutionMinutes: 24 * HOUR },
  { priority: 'normal', firstResponseMinutes: 8 * HOUR, nextResponseMinutes: 8 * HOUR, resolutionMinutes: 40 * HOUR },
  { priority: 'low', firstResponseMinutes: 8 * HOUR, nextResponseMinutes: 16 * HOUR, resolutionMinutes: 80 * HOUR },
] as const;

/**
 * Gives a demo organization business hours and a policy per priority, then its tickets' clocks
 * (from their messages and status, as the product would have kept them) and due times.
 */
export async function seedDemoServiceLevels(m: EntityManager, organizationId: string): Promise<void> {
  await m.save(m.create(BusinessHours, { organizationId, ...DEMO_SCHEDULE }));
  const policies = await m.save(DEMO_POLICIES.map((p) => m.create(ServiceLevelPolicy, { organizationId, ...p, businessHours: true })));
  const tickets = await m.find(Ticket, { where: { organizationId } });
  const messages = await m.find(TicketMessage, { where: { organizationId, kind: 'public_reply' }, order: { createdAt: 'ASC' } });
  for (const ticket of tickets) {
    const replies = messages.filter((message) => message.ticketId === ticket.id);
    const agentReplies = replies.filter((message) => message.authorAgentId);
    const lastAgentReply = agentReplies.at(-1)?.createdAt ?? new Date(0);
    const running = ticket.status === 'new' || ticket.status === 'open';
    ticket.firstRespondedAt = agentReplies[0]?.createdAt ?? null;
    // A request nobody answered yet waits from its creation (the demo's requests carry their words as answers, not a message).
    const waitingSince =
      replies.find((r) => r.authorContactId && r.createdAt > lastAgentReply)?.createdAt ?? (agentReplies.length ? null : ticket.createdAt);
    ticket.awaitingReplySince = running ? waitingSince : null;
    ticket.clockPauses = running ? [] : [{ from: (ticket.solvedAt ?? ticket.updatedAt).toISOString(), to: null }];
    const due = dueTimes(clockOf(ticket), targetsOf(pickPolicy(policies, ticket.priority, null)), DEMO_SCHEDULE);
    await m.update(
      Ticket,
      { id: ticket.id },
      {
        firstRespondedAt: ticket.firstRespondedAt,
        awaitingReplySince: ticket.awaitingReplySince,
        clockPauses: ticket.clockPauses,
        ...dueColumns(ticket, due),
        updatedAt: () => 'updated_at',
      },
    );
  }
}
