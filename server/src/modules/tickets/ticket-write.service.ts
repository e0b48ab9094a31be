import { isDeepStrictEqual } from 'node:util';
import type { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Config } from '../../config';
import { DomainError, ErrorCode, notFound } from '../../errors';
import type { PublicUrls } from '../../http/public-urls';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { CustomFieldDefinition } from '../custom-fields/custom-field-definition.entity';
import { coerceCustomFieldValue } from '../custom-fields/custom-field.service';
import { TicketFieldValue } from '../custom-fields/ticket-field-value.entity';
import { isUuid } from '@actionconnect/shared';
import { enqueueEmail } from '../outbox/outbox.service';
import type { UpdateTicketInput } from './dto/update-ticket.input';
import { TicketEvent } from './ticket-event.entity';
import { agentReplyEmail, ticketSolvedEmail } from './ticket-mail';
import { TicketMessage, type TicketMessageKind } from './ticket-message.entity';
import { lockTicket, messageBody, saveTicket, ticketEvent } from './ticket-store';
import type { Ticket, TicketStatus } from './ticket.entity';
import {
  assertAgentStatusChange,
  assertContactStatusChange,
  assertWritable,
  statusAfterAgentReply,
  statusAfterRequesterReply,
} from '../../auth/ticket.policy';
import type { AgentScope, ContactScope } from '../../auth/viewer';

/** What the write service needs. */
export interface TicketWriteDeps {
  db: DataSource;
  config: Readonly<Config>;
  urls: PublicUrls;
  /** Called after a commit that queued mail. */
  onMailQueued(): void;
}

/** Changes to existing tickets, by contacts and by agents. Each call is one transaction. */
export class TicketWriteService {
  constructor(private readonly deps: TicketWriteDeps) {}

  /** A requester's reply: reopens a solved (or pending) ticket; a closed one is read-only. */
  async replyAsContact(scope: ContactScope, number: number, rawBody: string): Promise<Ticket> {
    const body = messageBody(rawBody);
    return this.deps.db.transaction(async (m) => {
      const ticket = await lockTicket(m, { organizationId: scope.organizationId, number, requesterId: scope.contactId });
      assertWritable(ticket);
      await m.insert(TicketMessage, {
        organizationId: ticket.organizationId,
        ticketId: ticket.id,
        kind: 'public_reply',
        authorContactId: scope.contactId,
        body,
      });
      const next = statusAfterRequesterReply(ticket.status);
      if (next === ticket.status) return saveTicket(m, ticket, {});
      await m.save(
        TicketEvent,
        ticketEvent(ticket, 'status_changed', { contactId: scope.contactId }, { from: ticket.status, to: next }, true),
      );
      return saveTicket(m, ticket, { status: next, solvedAt: null });
    });
  }

  /** A requester marks their request solved; the only status a contact can set. */
  async changeStatusAsContact(scope: ContactScope, number: number, to: TicketStatus): Promise<Ticket> {
    return this.deps.db.transaction(async (m) => {
      const ticket = await lockTicket(m, { organizationId: scope.organizationId, number, requesterId: scope.contactId });
      assertContactStatusChange(ticket.status, to);
      if (ticket.status === to) return ticket;
      await m.save(TicketEvent, ticketEvent(ticket, 'status_changed', { contactId: scope.contactId }, { from: ticket.status, to }, true));
      return saveTicket(m, ticket, { status: to, solvedAt: () => 'now()' });
    });
  }

  /** An agent's public reply (emailed to the requester) or internal note (never leaves the agent app). */
  async addMessageAsAgent(scope: AgentScope, number: number, kind: TicketMessageKind, rawBody: string): Promise<Ticket> {
    const body = messageBody(rawBody);
    const isPublic = kind === 'public_reply';
    const portalOrigin = isPublic ? await this.deps.urls.portalOrigin(scope.organization) : null;
    const ticket = await this.deps.db.transaction(async (m) => {
      const ticket = await lockTicket(m, { organizationId: scope.organizationId, number });
      assertWritable(ticket);
      await m.insert(TicketMessage, {
        organizationId: ticket.organizationId,
        ticketId: ticket.id,
        kind,
        authorAgentId: scope.agentId,
        body,
      });
      if (!isPublic || portalOrigin === null) return saveTicket(m, ticket, {});
      const agent = await m.getRepository(Agent).findOneByOrFail({ id: scope.agentId, organizationId: scope.organizationId });
      const requester = await m.getRepository(Contact).findOneByOrFail({ id: ticket.requesterId, organizationId: scope.organizationId });
      const mail = agentReplyEmail(
        { organization: scope.organization, portalOrigin, config: this.deps.config },
        ticket,
        requester.email,
        agent.name,
        body,
      );
      await enqueueEmail(m, mail);
      const next = statusAfterAgentReply(ticket.status);
      if (next === ticket.status) return saveTicket(m, ticket, {});
      await m.save(TicketEvent, ticketEvent(ticket, 'status_changed', { agentId: scope.agentId }, { from: ticket.status, to: next }, true));
      return saveTicket(m, ticket, { status: next });
    });
    if (isPublic) this.deps.onMailQueued();
    return ticket;
  }

  /**
   * An agent's changes to status, priority, assignee and custom fields. Every change that happens
   * writes an event with the agent and the old and new values; only status changes are shown to
   * the requester, and solving emails them.
   */
  async updateAsAgent(scope: AgentScope, number: number, input: UpdateTicketInput): Promise<Ticket> {
    const solving = input.status === 'solved';
    const portalOrigin = solving ? await this.deps.urls.portalOrigin(scope.organization) : null;
    let mailQueued = false;
    const ticket = await this.deps.db.transaction(async (m) => {
      const ticket = await lockTicket(m, { organizationId: scope.organizationId, number });
      assertWritable(ticket);
      const actor = { agentId: scope.agentId };
      const events: DeepPartial<TicketEvent>[] = [];
      const changes: QueryDeepPartialEntity<Ticket> = {};

      const status: TicketStatus | null | undefined = input.status;
      if (status && status !== ticket.status) {
        assertAgentStatusChange(ticket.status, status);
        changes.status = status;
        if (status === 'solved') changes.solvedAt = () => 'now()';
        if (status === 'closed') changes.closedAt = () => 'now()';
        if (status !== 'solved' && status !== 'closed') changes.solvedAt = null;
        events.push(ticketEvent(ticket, 'status_changed', actor, { from: ticket.status, to: status }, true));
      }
      if (input.priority && input.priority !== ticket.priority) {
        changes.priority = input.priority;
        events.push(ticketEvent(ticket, 'priority_changed', actor, { from: ticket.priority, to: input.priority }));
      }
      if (input.assigneeId !== undefined && input.assigneeId !== ticket.assigneeId) {
        const assigneeId = input.assigneeId;
        if (
          assigneeId !== null &&
          !(isUuid(assigneeId) && (await m.exists(Agent, { where: { id: assigneeId, organizationId: scope.organizationId } })))
        ) {
          throw notFound('Agent');
        }
        changes.assigneeId = assigneeId;
        events.push(ticketEvent(ticket, 'assignee_changed', actor, { from: ticket.assigneeId, to: assigneeId }));
      }
      events.push(...(await applyCustomFields(m, ticket, input.customFields ?? [], actor)));

      if (!events.length) return ticket;
      await m.save(TicketEvent, events);
      if (status === 'solved' && changes.status && portalOrigin !== null) {
        const requester = await m.getRepository(Contact).findOneByOrFail({ id: ticket.requesterId, organizationId: scope.organizationId });
        await enqueueEmail(
          m,
          ticketSolvedEmail({ organization: scope.organization, portalOrigin, config: this.deps.config }, ticket, requester.email),
        );
        mailQueued = true;
      }
      return saveTicket(m, ticket, changes);
    });
    if (mailQueued) this.deps.onMailQueued();
    return ticket;
  }
}

/** Writes custom field changes and returns their events; refuses unknown keys and ill-typed values by name. */
async function applyCustomFields(
  m: EntityManager,
  ticket: Ticket,
  inputs: { key: string; value?: unknown }[],
  actor: { agentId: string },
): Promise<DeepPartial<TicketEvent>[]> {
  if (!inputs.length) return [];
  const keys = inputs.map((i) => i.key);
  const definitions = await m
    .getRepository(CustomFieldDefinition)
    .find({ where: { organizationId: ticket.organizationId, key: In(keys), archivedAt: IsNull() } });
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const problems: { field: string; message: string }[] = [];
  const wanted: { definition: CustomFieldDefinition; value: unknown }[] = [];
  for (const [index, input] of inputs.entries()) {
    const definition = byKey.get(input.key);
    if (!definition) problems.push({ field: input.key, message: 'No such custom field.' });
    else if (keys.indexOf(input.key) !== index) problems.push({ field: input.key, message: 'This field is given twice.' });
    else {
      const coerced = coerceCustomFieldValue(definition, input.value);
      if (coerced.ok) wanted.push({ definition, value: coerced.value });
      else problems.push({ field: input.key, message: coerced.message });
    }
  }
  if (problems.length) {
    throw new DomainError(ErrorCode.BadUserInput, `Check the custom fields: ${problems.map((p) => p.field).join(', ')}.`, {
      fields: problems,
    });
  }

  const current = await m.getRepository(TicketFieldValue).find({ where: { ticketId: ticket.id, organizationId: ticket.organizationId } });
  const before = new Map(current.map((v) => [v.fieldId, v.value]));
  const events: DeepPartial<TicketEvent>[] = [];
  for (const { definition, value } of wanted) {
    const previous = before.has(definition.id) ? before.get(definition.id) : null;
    if (isDeepStrictEqual(previous, value)) continue;
    if (value === null) {
      await m.delete(TicketFieldValue, { ticketId: ticket.id, fieldId: definition.id, organizationId: ticket.organizationId });
    } else {
      await m.upsert(TicketFieldValue, { ticketId: ticket.id, fieldId: definition.id, organizationId: ticket.organizationId, value }, [
        'ticketId',
        'fieldId',
      ]);
    }
    events.push(ticketEvent(ticket, 'field_changed', actor, { key: definition.key, from: previous, to: value }));
  }
  return events;
}
