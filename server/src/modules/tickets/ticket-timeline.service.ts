import type { SelectQueryBuilder } from 'typeorm';
import type { TenantData } from '../../db/tenant';
import { accessParams, readableTicketIds } from '../companies/ticket-access';
import { TicketEvent } from './ticket-event.entity';
import { TicketMessage } from './ticket-message.entity';
import { TicketEventItem, TicketEventTypeEnum, TicketMessageItem, TicketMessageKindEnum, TicketStatusEnum } from './ticket.types';

/** One entry of a ticket's timeline. */
export type TimelineEntry = TicketMessageItem | TicketEventItem;

/** Ticket timelines, read per audience. The filters are in the SQL, so a contact's request never reads a note. */
export class TicketTimelineService {
  constructor(private readonly tenant: TenantData) {}

  /** A contact's timelines: public replies and contact-visible events of tickets they may read (ticket-access.ts). */
  contactTimelines(
    scope: { organizationId: string; contactId: string },
    ticketIds: readonly string[],
  ): Promise<Map<string, TimelineEntry[]>> {
    const readable = `ticket_id IN (${readableTicketIds()})`;
    const params = accessParams(scope);
    return this.load(scope.organizationId, ticketIds, {
      messages: (qb) => qb.andWhere(`m.kind = 'public_reply'`).andWhere(`m.${readable}`, params),
      events: (qb) => qb.andWhere('e.visible_to_contact = true').andWhere(`e.${readable}`, params),
      audience: 'contact',
    });
  }

  /** An agent's timelines: everything, internal notes marked. */
  agentTimelines(organizationId: string, ticketIds: readonly string[]): Promise<Map<string, TimelineEntry[]>> {
    return this.load(organizationId, ticketIds, { messages: (qb) => qb, events: (qb) => qb, audience: 'agent' });
  }

  private async load(organizationId: string, ticketIds: readonly string[], query: TimelineQuery): Promise<Map<string, TimelineEntry[]>> {
    const params = { ticketIds: [...ticketIds] };
    const { messages, events } = await this.tenant.run(organizationId, async (tx) => ({
      messages: await query
        .messages(tx.select(TicketMessage, 'm').andWhere('m.ticket_id IN (:...ticketIds)', params))
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getMany(),
      events: await query
        .events(tx.select(TicketEvent, 'e').andWhere('e.ticket_id IN (:...ticketIds)', params))
        .orderBy('e.created_at', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany(),
    }));

    const byTicket = new Map<string, TimelineEntry[]>();
    const add = (ticketId: string, entry: TimelineEntry) => {
      const list = byTicket.get(ticketId) ?? [];
      list.push(entry);
      byTicket.set(ticketId, list);
    };
    for (const e of events) add(e.ticketId, toEventItem(e, query.audience));
    for (const m of messages) add(m.ticketId, toMessageItem(m));
    // Rows written in one transaction share its timestamp; Array.prototype.sort is stable, so ties
    // keep the SQL order within a kind and follow `rank` across kinds.
    for (const list of byTicket.values()) {
      list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || rank(a) - rank(b));
    }
    return byTicket;
  }
}

interface TimelineQuery {
  audience: 'contact' | 'agent';
  messages(qb: SelectQueryBuilder<TicketMessage>): SelectQueryBuilder<TicketMessage>;
  events(qb: SelectQueryBuilder<TicketEvent>): SelectQueryBuilder<TicketEvent>;
}

// Within one instant: the events in the order an update applies them ("created" before the
// request's own first message), then messages.
const EVENT_ORDER: TicketEventTypeEnum[] = [
  TicketEventTypeEnum.CREATED,
  // A bad rating comes before the reopening it causes.
  TicketEventTypeEnum.SATISFACTION_RATED,
  TicketEventTypeEnum.STATUS_CHANGED,
  TicketEventTypeEnum.PRIORITY_CHANGED,
  TicketEventTypeEnum.ASSIGNEE_CHANGED,
  TicketEventTypeEnum.FIELD_CHANGED,
  TicketEventTypeEnum.CC_ADDED,
  TicketEventTypeEnum.CC_REMOVED,
  TicketEventTypeEnum.REQUESTER_ANONYMIZED,
  TicketEventTypeEnum.SLA_BREACHED,
  TicketEventTypeEnum.MERGED_FROM,
  TicketEventTypeEnum.MERGED_INTO,
  TicketEventTypeEnum.OTHER,
];
const rank = (entry: TimelineEntry) => (entry instanceof TicketEventItem ? EVENT_ORDER.indexOf(entry.type) : EVENT_ORDER.length);

function toMessageItem(m: TicketMessage): TicketMessageItem {
  const item = new TicketMessageItem();
  item.id = m.id;
  item.createdAt = m.createdAt;
  item.kind = m.kind === 'internal_note' ? TicketMessageKindEnum.INTERNAL_NOTE : TicketMessageKindEnum.PUBLIC_REPLY;
  item.internal = m.kind === 'internal_note';
  item.body = m.body;
  item.viaEmail = m.channel === 'email';
  item.unverifiedSenderEmail = m.unverifiedSenderEmail;
  item.authorAgentId = m.authorAgentId;
  item.authorContactId = m.authorContactId;
  return item;
}

const EVENT_TYPES = new Set<string>(Object.values(TicketEventTypeEnum));
const STATUSES = new Set<string>(Object.values(TicketStatusEnum));
const asStatus = (value: unknown): TicketStatusEnum | null =>
  typeof value === 'string' && STATUSES.has(value) ? (value as TicketStatusEnum) : null;

function toEventItem(e: TicketEvent, audience: 'contact' | 'agent'): TicketEventItem {
  const item = new TicketEventItem();
  item.id = e.id;
  item.createdAt = e.createdAt;
  item.type = EVENT_TYPES.has(e.type) ? (e.type as TicketEventTypeEnum) : TicketEventTypeEnum.OTHER;
  const statusChange = item.type === TicketEventTypeEnum.STATUS_CHANGED;
  item.fromStatus = statusChange ? asStatus(e.data.from) : null;
  item.toStatus = statusChange ? asStatus(e.data.to) : null;
  // The field is @Authorized(Role.Agent) as well; a contact's copy never holds the data at all.
  item.details = audience === 'agent' ? e.data : null;
  item.actorAgentId = e.actorAgentId;
  item.actorContactId = e.actorContactId;
  return item;
}
