import type { DeepPartial } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { unwrap } from '../../db/query-result';
import type { Change, TenantTx } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { accessParams, contactMayRead } from '../companies/ticket-access';
import { applyClock } from '../service-levels/ticket-clock';
import { TicketEvent } from './ticket-event.entity';
import { Ticket } from './ticket.entity';

// Small write helpers shared by the ticket services; each takes the organization's transaction.

/** Longest message body accepted. */
export const MAX_MESSAGE_LENGTH = 20_000;

/**
 * Finds a ticket by number and locks its row until the transaction ends; `requesterId` narrows it
 * to a contact's own, `readableBy` to those the contact may read (ticket-access.ts).
 */
export async function lockTicket(
  tx: TenantTx,
  where: { number: number; requesterId?: string; readableBy?: { organizationId: string; contactId: string } },
): Promise<Ticket> {
  const qb = tx.select(Ticket, 't').setLock('pessimistic_write').andWhere('t.number = :number', { number: where.number });
  if (where.requesterId !== undefined) qb.andWhere('t.requester_id = :requesterId', { requesterId: where.requesterId });
  if (where.readableBy !== undefined) qb.andWhere(contactMayRead('t'), accessParams(where.readableBy));
  const ticket = await qb.getOne();
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/**
 * Applies changes (possibly none) and stamps updated_at, then brings the service-level clock and due
 * times up to date (same transaction), and returns the row as stored.
 */
export async function saveTicket(tx: TenantTx, ticket: Ticket, changes: QueryDeepPartialEntity<Ticket>): Promise<Ticket> {
  await tx
    .updateQuery(Ticket)
    .set({ ...changes, updatedAt: () => 'now()' })
    .andWhere('id = :id', { id: ticket.id })
    .execute();
  const reread = await tx.findOneBy(Ticket, { id: ticket.id });
  if (!reread) throw new Error(`ticket ${ticket.id} vanished inside its own transaction`);
  const saved = await applyClock(tx, ticket, reread);
  // Every change to a ticket passes here: live subscribers hear of it once the transaction commits.
  await tx.announce(ticketChange(saved));
  return saved;
}

/** The live-update notice for a ticket (ids only; subscribers refetch what they may see). */
export function ticketChange(ticket: Ticket): Change {
  return {
    kind: 'ticket',
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
    number: ticket.number,
    requesterId: ticket.requesterId,
  };
}

/** A history entry, ready for `tx.insertMany(TicketEvent, ...)`; only status changes (and creation) are shown to the requester. */
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

/**
 * A message body as stored: line endings normalized, trimmed, not huge, and not empty unless the
 * message carries files (a screenshot needs no words).
 */
export function messageBody(raw: string, options: { hasFiles?: boolean } = {}): string {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body === '' && !options.hasFiles) throw badInput('Write a message first.', 'body');
  if (body.length > MAX_MESSAGE_LENGTH) throw badInput(`Messages can be at most ${MAX_MESSAGE_LENGTH} characters.`, 'body');
  return body;
}

/**
 * Takes the organization's next ticket number. The UPDATE locks the organization's row until the
 * transaction ends, so concurrent requests queue here and numbers stay sequential and gap-free.
 */
export async function nextTicketNumber(tx: TenantTx): Promise<number> {
  // Row-level security lets the tenant update its own organizations row, and only that one.
  const result: unknown = await tx.sql(
    'UPDATE organizations SET last_ticket_number = last_ticket_number + 1 WHERE id = $1 RETURNING last_ticket_number',
    [tx.organizationId],
  );
  const [first] = unwrap<{ last_ticket_number?: unknown }>(result);
  const value = first ? Number(first.last_ticket_number) : NaN;
  if (!Number.isInteger(value)) throw new Error(`organization ${tx.organizationId} not found while numbering a ticket`);
  return value;
}
