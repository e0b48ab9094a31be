import type { DeepPartial, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { badInput, notFound } from '../../errors';
import { TicketEvent } from './ticket-event.entity';
import { Ticket } from './ticket.entity';

// Small write helpers shared by the ticket services; each takes the transaction's manager.

/** Longest message body accepted. */
export const MAX_MESSAGE_LENGTH = 20_000;

/** Finds a ticket by number and locks its row until the transaction ends; `requesterId` narrows it to a contact's own. */
export async function lockTicket(
  m: EntityManager,
  where: { organizationId: string; number: number; requesterId?: string },
): Promise<Ticket> {
  const qb = m
    .getRepository(Ticket)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.organization_id = :organizationId AND t.number = :number', where);
  if (where.requesterId !== undefined) qb.andWhere('t.requester_id = :requesterId', { requesterId: where.requesterId });
  const ticket = await qb.getOne();
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/** Applies changes (possibly none) and stamps updated_at, then returns the row as stored. */
export async function saveTicket(m: EntityManager, ticket: Ticket, changes: QueryDeepPartialEntity<Ticket>): Promise<Ticket> {
  await m
    .createQueryBuilder()
    .update(Ticket)
    .set({ ...changes, updatedAt: () => 'now()' })
    .where('id = :id AND organization_id = :organizationId', { id: ticket.id, organizationId: ticket.organizationId })
    .execute();
  return m.getRepository(Ticket).findOneByOrFail({ id: ticket.id, organizationId: ticket.organizationId });
}

/** A history entry, ready for `m.save(TicketEvent, ...)`; only status changes (and creation) are shown to the requester. */
export function ticketEvent(
  ticket: Ticket,
  type: string,
  actor: { agentId: string } | { contactId: string },
  data: Record<string, unknown>,
  visibleToContact = false,
): DeepPartial<TicketEvent> {
  return {
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
    type,
    actorAgentId: 'agentId' in actor ? actor.agentId : null,
    actorContactId: 'contactId' in actor ? actor.contactId : null,
    data,
    visibleToContact,
  };
}

/** A message body as stored: line endings normalized, trimmed, not empty, not huge. */
export function messageBody(raw: string): string {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body === '') throw badInput('Write a message first.', 'body');
  if (body.length > MAX_MESSAGE_LENGTH) throw badInput(`Messages can be at most ${MAX_MESSAGE_LENGTH} characters.`, 'body');
  return body;
}

/**
 * Takes the organization's next ticket number. The UPDATE locks the organization's row until the
 * transaction ends, so concurrent requests queue here and numbers stay sequential and gap-free.
 */
export async function nextTicketNumber(m: EntityManager, organizationId: string): Promise<number> {
  const result: unknown = await m.query(
    'UPDATE organizations SET last_ticket_number = last_ticket_number + 1 WHERE id = $1 RETURNING last_ticket_number',
    [organizationId],
  );
  // TypeORM's postgres driver answers UPDATE ... RETURNING with [rows, affectedCount].
  const rows: unknown = Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result;
  const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
  const value = first && typeof first === 'object' && 'last_ticket_number' in first ? Number(first.last_ticket_number) : NaN;
  if (!Number.isInteger(value)) throw new Error(`organization ${organizationId} not found while numbering a ticket`);
  return value;
}
