import { MAX_TAG_LENGTH, normalizeTagName } from '@actionconnect/shared';
import type { DeepPartial } from 'typeorm';
import { In } from 'typeorm';
import type { TenantTx } from '../../db/tenant';
import { badInput } from '../../errors';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import { ticketEvent } from '../tickets/ticket-store';
import type { Ticket } from '../tickets/ticket.entity';
import { Tag } from './tag.entity';
import { TicketTag } from './ticket-tag.entity';

// Tag writes inside a ticket's transaction, shared by the tag mutations and macros (applyMacro).

/** A tag name as stored, or BAD_USER_INPUT on `field`. */
export function tagName(raw: string, field = 'name'): string {
  const name = normalizeTagName(raw);
  if (!name) throw badInput(`A tag has between 1 and ${MAX_TAG_LENGTH} characters.`, field);
  return name;
}

/** The organization's tags of these names, created where missing. */
async function tagsNamed(tx: TenantTx, names: string[]): Promise<Tag[]> {
  const existing = await tx.find(Tag, { where: { name: In(names) } });
  const missing = names.filter((n) => !existing.some((t) => t.name === n));
  if (missing.length) {
    // Another agent may create the same tag at the same moment: the unique index keeps one, and both links point to it.
    await tx.sql(
      `INSERT INTO tags (organization_id, name) SELECT $1, unnest(CAST($2 AS varchar[])) ON CONFLICT (organization_id, name) DO NOTHING`,
      [tx.organizationId, missing],
    );
    return tx.find(Tag, { where: { name: In(names) } });
  }
  return existing;
}

/** Puts tags (by name) on a locked ticket; one history entry per tag it did not have yet. */
export async function addTicketTags(
  tx: TenantTx,
  ticket: Ticket,
  rawNames: string[],
  actor: { agentId: string },
): Promise<DeepPartial<TicketEvent>[]> {
  const names = [...new Set(rawNames.map((n) => tagName(n, 'tags')))];
  if (!names.length) return [];
  const tags = await tagsNamed(tx, names);
  const had = new Set((await tx.find(TicketTag, { where: { ticketId: ticket.id } })).map((l) => l.tagId));
  const added = tags.filter((t) => !had.has(t.id));
  if (added.length)
    await tx.insertMany(
      TicketTag,
      added.map((t) => ({ organizationId: ticket.organizationId, ticketId: ticket.id, tagId: t.id })),
    );
  return added.map((t) => ticketEvent(ticket, 'tag_added', actor, { tagId: t.id, name: t.name }));
}

/** Takes tags (by id or by name) off a locked ticket; one history entry per tag it had. */
export async function removeTicketTags(
  tx: TenantTx,
  ticket: Ticket,
  which: { ids?: string[]; names?: string[] },
  actor: { agentId: string },
): Promise<DeepPartial<TicketEvent>[]> {
  const names = (which.names ?? []).map((n) => normalizeTagName(n)).filter((n): n is string => n !== null);
  const links = await tx.find(TicketTag, { where: { ticketId: ticket.id }, relations: { tag: true } });
  const gone = links.filter((l) => (which.ids ?? []).includes(l.tagId) || names.includes(l.tag?.name ?? ''));
  if (!gone.length) return [];
  await tx.delete(TicketTag, { ticketId: ticket.id, tagId: In(gone.map((l) => l.tagId)) });
  return gone.map((l) => ticketEvent(ticket, 'tag_removed', actor, { tagId: l.tagId, name: l.tag?.name ?? null }));
}
