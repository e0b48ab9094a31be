import { In, type DeepPartial } from 'typeorm';
import { isUuid } from '@actionconnect/shared';
import type { AdminScope, AgentScope } from '../../auth/viewer';
import { assertWritable } from '../../auth/ticket.policy';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { lockTicket, saveTicket } from '../tickets/ticket-store';
import type { Ticket } from '../tickets/ticket.entity';
import { Tag } from './tag.entity';
import { addTicketTags, removeTicketTags, tagName } from './tag-store';
import { TicketTag } from './ticket-tag.entity';

/** Most tags the autocomplete returns. */
export const MAX_TAG_SUGGESTIONS = 20;

/** A tag with how many tickets carry it (the admin page). */
export type TagWithCount = Tag & { ticketCount: number };

/** Tags: the organization's list, putting them on tickets and taking them off, and an admin's rename and merge. */
export class TagService {
  constructor(private readonly tenant: TenantData) {}

  /** Tags whose name starts with `search` (all when empty), by name: the autocomplete. */
  suggest(scope: AgentScope, search: string | null | undefined, first = MAX_TAG_SUGGESTIONS): Promise<Tag[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_TAG_SUGGESTIONS) {
      throw badInput(`Ask for between 1 and ${MAX_TAG_SUGGESTIONS} tags.`, 'first');
    }
    const prefix = (search ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en').slice(0, 50);
    return this.tenant.run(scope.organizationId, (tx) => {
      const qb = tx.select(Tag, 'g').orderBy('g.name', 'ASC').limit(first);
      if (prefix) qb.andWhere(`g.name LIKE :prefix ESCAPE '\\'`, { prefix: `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      return qb.getMany();
    });
  }

  /** Every tag with its ticket count, by name (the admin page; tags per organization are few). */
  listWithCounts(scope: AgentScope): Promise<TagWithCount[]> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const tags = await tx.select(Tag, 'g').orderBy('g.name', 'ASC').getMany();
      const counts = await tx.sql<{ tag_id: string; n: string }>(
        'SELECT tag_id, count(*) AS n FROM ticket_tags WHERE organization_id = $1 GROUP BY tag_id',
        [tx.organizationId],
      );
      const byTag = new Map(counts.map((c) => [c.tag_id, Number(c.n)]));
      return tags.map((t) => Object.assign(t, { ticketCount: byTag.get(t.id) ?? 0 }));
    });
  }

  /** The tags of many tickets in one statement, each ticket's by name. */
  async byTickets(organizationId: string, ticketIds: readonly string[]): Promise<Map<string, Tag[]>> {
    const links = await this.tenant.run(organizationId, (tx) =>
      tx.find(TicketTag, { where: { ticketId: In([...ticketIds]) }, relations: { tag: true } }),
    );
    const byTicket = new Map<string, Tag[]>();
    for (const link of links) if (link.tag) byTicket.set(link.ticketId, [...(byTicket.get(link.ticketId) ?? []), link.tag]);
    for (const tags of byTicket.values()) tags.sort((a, b) => a.name.localeCompare(b.name));
    return byTicket;
  }

  /** Puts a tag on a ticket (creating the tag if it is new): one history entry, none if it was there. */
  addToTicket(scope: AgentScope, number: number, name: string): Promise<Ticket> {
    const wanted = tagName(name);
    return this.changeTicket(scope, number, (tx, ticket) => addTicketTags(tx, ticket, [wanted], { agentId: scope.agentId }));
  }

  /** Takes a tag off a ticket: one history entry, none if it was not there. */
  removeFromTicket(scope: AgentScope, number: number, tagId: string): Promise<Ticket> {
    const id = tagIdArg(tagId, 'tagId');
    return this.changeTicket(scope, number, (tx, ticket) => removeTicketTags(tx, ticket, { ids: [id] }, { agentId: scope.agentId }));
  }

  /** Takes a tag (by name) off a ticket, if it has it: one history entry, none otherwise. */
  removeByName(scope: AgentScope, number: number, name: string): Promise<Ticket> {
    return this.changeTicket(scope, number, (tx, ticket) => removeTicketTags(tx, ticket, { names: [name] }, { agentId: scope.agentId }));
  }

  private changeTicket(
    scope: AgentScope,
    number: number,
    change: (tx: TenantTx, ticket: Ticket) => Promise<DeepPartial<TicketEvent>[]>,
  ): Promise<Ticket> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number });
      assertWritable(ticket);
      const events = await change(tx, ticket);
      if (!events.length) return ticket;
      await tx.insertMany(TicketEvent, events);
      return saveTicket(tx, ticket, {});
    });
  }

  /** Renames a tag everywhere it is used; a name another tag has is refused (merge them instead). */
  rename(scope: AdminScope, id: string, rawName: string): Promise<TagWithCount> {
    const name = tagName(rawName);
    return this.tenant.run(scope.organizationId, async (tx) => {
      const tag = await tagOf(tx, id, 'id');
      if (tag.name !== name) {
        if (await tx.exists(Tag, { name })) throw badInput(`There is already a tag “${name}”: merge the two instead.`, 'name');
        await tx.update(Tag, { id: tag.id }, { name });
      }
      return withCount(tx, await tagOf(tx, tag.id, 'id'));
    });
  }

  /**
   * Merges `sourceId` into `targetId`: every ticket with the source gets the target (once), and the
   * source is deleted. A change of the vocabulary, not of the tickets, so their history is untouched.
   */
  merge(scope: AdminScope, sourceId: string, targetId: string): Promise<TagWithCount> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const source = await tagOf(tx, sourceId, 'sourceId');
      const target = await tagOf(tx, targetId, 'targetId');
      if (source.id === target.id) throw badInput('Pick another tag to merge into.', 'targetId');
      await tx.sql(
        `INSERT INTO ticket_tags (organization_id, ticket_id, tag_id)
         SELECT organization_id, ticket_id, $3 FROM ticket_tags WHERE organization_id = $1 AND tag_id = $2
         ON CONFLICT (ticket_id, tag_id) DO NOTHING`,
        [tx.organizationId, source.id, target.id],
      );
      await tx.delete(Tag, { id: source.id });
      return withCount(tx, target);
    });
  }
}

async function withCount(tx: TenantTx, tag: Tag): Promise<TagWithCount> {
  const ticketCount = await tx.count(TicketTag, { where: { tagId: tag.id } });
  return Object.assign(tag, { ticketCount });
}

function tagIdArg(id: string, field: string): string {
  if (!isUuid(id)) throw badInput('Not a valid id.', field);
  return id;
}

/** One of the organization's tags; another organization's answers as a missing one. */
async function tagOf(tx: TenantTx, id: string, field: string): Promise<Tag> {
  const tag = await tx.findOneBy(Tag, { id: tagIdArg(id, field) });
  if (!tag) throw notFound('Tag');
  return tag;
}
