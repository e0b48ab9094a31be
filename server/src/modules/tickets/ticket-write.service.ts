import { isDeepStrictEqual } from 'node:util';
import type { DeepPartial, FindOptionsWhere } from 'typeorm';
import { In, IsNull } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Signer } from '../../auth/signer';
import type { Config } from '../../config';
import type { TenantData, TenantTx } from '../../db/tenant';
import { DomainError, ErrorCode, forbidden, notFound } from '../../errors';
import { mayComment } from '../companies/ticket-access';
import type { PublicUrls } from '../organizations/public-urls';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { CustomFieldDefinition } from '../custom-fields/custom-field-definition.entity';
import { coerceCustomFieldValue } from '../custom-fields/custom-field.service';
import { TicketFieldValue } from '../custom-fields/ticket-field-value.entity';
import { isUuid } from '@actionconnect/shared';
import { attachFiles, checkAttachmentIds } from '../attachments/attach-files';
import { enqueueEmail } from '../outbox/outbox.service';
import { askForRating } from '../satisfaction/satisfaction-survey';
import { notifyAssigned, notifyMentions, notifyReply } from '../notifications/notify';
import type { UpdateTicketInput } from './dto/update-ticket.input';
import { TicketEvent } from './ticket-event.entity';
import type { ReplyAddresses } from '../inbound/reply-address';
import { agentReplyEmail, ticketClosedEmail, ticketSolvedEmail } from './ticket-mail';
import { TicketMessage, type MessageChannel, type TicketMessageKind } from './ticket-message.entity';
import { lockTicket, messageBody, saveTicket, ticketEvent } from './ticket-store';
import { Ticket, type TicketStatus } from './ticket.entity';
import {
  assertAgentStatusChange,
  assertContactStatusChange,
  assertWritable,
  statusAfterAgentReply,
  statusAfterRequesterReply,
} from '../../auth/ticket.policy';
import type { AgentScope, ContactScope } from '../../auth/viewer';

/** Changes to existing tickets, by contacts and by agents. Each call is one transaction. */
export class TicketWriteService {
  constructor(
    private readonly tenant: TenantData,
    private readonly config: Readonly<Config>,
    private readonly urls: PublicUrls,
    /** Called after a commit that queued mail. */
    private readonly onMailQueued: () => void,
    private readonly replies: ReplyAddresses,
    /** Signs the satisfaction survey's links. */
    private readonly signer: Signer,
  ) {}

  /**
   * A contact's reply (the requester, a CC, or a colleague where the company lets everyone comment), with files they uploaded (`attachmentIds`, see attachFiles): reopens a
   * solved (or pending) ticket; a closed one is read-only. `channel` says where it was written (the
   * portal, or a reply by email).
   */
  async replyAsContact(
    scope: ContactScope,
    number: number,
    rawBody: string,
    attachmentIds: string[] = [],
    channel: MessageChannel = 'web',
  ): Promise<Ticket> {
    const fileIds = checkAttachmentIds(attachmentIds);
    const body = messageBody(rawBody, { hasFiles: fileIds.length > 0 });
    return this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number, readableBy: scope });
      if (!(await mayComment(tx, scope, ticket.id))) throw forbidden('You can read this request, but not reply to it.');
      assertWritable(ticket);
      const message = await tx.insert(TicketMessage, {
        ticketId: ticket.id,
        kind: 'public_reply',
        authorContactId: scope.contactId,
        body,
        channel,
      });
      await attachFiles(tx, { contactId: scope.contactId }, message.id, fileIds);
      await notifyReply(tx, ticket, scope.contactId);
      const next = statusAfterRequesterReply(ticket.status);
      // The requester's words now wait for an agent (from their first unanswered message).
      const waiting = { awaitingReplySince: ticket.awaitingReplySince ?? (() => 'now()') };
      if (next === ticket.status) return saveTicket(tx, ticket, waiting);
      await tx.insert(
        TicketEvent,
        ticketEvent(ticket, 'status_changed', { contactId: scope.contactId }, { from: ticket.status, to: next }, true),
      );
      return saveTicket(tx, ticket, { ...waiting, status: next, solvedAt: null });
    });
  }

  /**
   * Mail on a ticket from an address that is not the requester's: an internal note with no author,
   * flagged with the address, for agents only — never the requester's words, never shown to them.
   * Nothing on a closed ticket (null).
   */
  async addUnverifiedEmailNote(organizationId: string, number: number, fromEmail: string, rawBody: string): Promise<Ticket | null> {
    const body = messageBody(rawBody);
    return this.tenant.run(organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number });
      if (ticket.status === 'closed') return null;
      await tx.insert(TicketMessage, {
        ticketId: ticket.id,
        kind: 'internal_note',
        unverifiedSenderEmail: fromEmail,
        channel: 'email',
        body,
      });
      return saveTicket(tx, ticket, {});
    });
  }

  /** Tells the requester, who replied by email to a closed request, that nothing was added and how to open a new one. */
  async sendClosedNotice(scope: ContactScope, ticket: Ticket): Promise<void> {
    await this.tenant.run(scope.organizationId, async (tx) => {
      const portalOrigin = await this.urls.portalOrigin(scope.organization);
      const requester = await own(tx, Contact, scope.contactId);
      await enqueueEmail(tx, ticketClosedEmail(this.sender(scope.organization, portalOrigin), ticket, requester.email));
    });
    this.onMailQueued();
  }

  private sender(organization: AgentScope['organization'], portalOrigin: string) {
    return { organization, portalOrigin, config: this.config, replies: this.replies };
  }

  /** One of the organization's tickets in an open transaction (macros read it for their placeholders). */
  async ticketByNumber(tx: TenantTx, number: number): Promise<Ticket> {
    const ticket = await tx.findOne(Ticket, { where: { number } });
    if (!ticket) throw notFound('Ticket');
    return ticket;
  }

  /** A requester marks their request solved (and is asked how we did), or reopens a solved one: the only statuses a contact sets. */
  async changeStatusAsContact(scope: ContactScope, number: number, to: TicketStatus): Promise<Ticket> {
    let mailQueued = false;
    const saved = await this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number, requesterId: scope.contactId });
      assertContactStatusChange(ticket.status, to);
      if (ticket.status === to) return ticket;
      await tx.insert(
        TicketEvent,
        ticketEvent(ticket, 'status_changed', { contactId: scope.contactId }, { from: ticket.status, to }, true),
      );
      const saved = await saveTicket(tx, ticket, { status: to, solvedAt: to === 'solved' ? () => 'now()' : null });
      // A solve asks how we did; a reopen (reopenTicket) asks nothing.
      if (to === 'solved') {
        await this.askRequester(tx, scope.organization, saved, 'requester');
        mailQueued = true;
      }
      return saved;
    });
    if (mailQueued) this.onMailQueued();
    return saved;
  }

  /** Records the survey of a solve and emails the requester the solved notice with its rating links, in the solving transaction. */
  private async askRequester(tx: TenantTx, organization: AgentScope['organization'], solved: Ticket, by: 'agent' | 'requester') {
    // PublicUrls reads the organization's custom domains in this same transaction.
    const portalOrigin = await this.urls.portalOrigin(organization);
    const requester = await own(tx, Contact, solved.requesterId);
    const links = await askForRating(tx, this.signer, solved, portalOrigin);
    await enqueueEmail(tx, ticketSolvedEmail(this.sender(organization, portalOrigin), solved, requester.email, links, by));
  }

  /**
   * An agent's public reply (emailed to the requester, its files listed) or internal note (never
   * leaves the agent app), with files the agent uploaded (`attachmentIds`, see attachFiles).
   */
  async addMessageAsAgent(
    scope: AgentScope,
    number: number,
    kind: TicketMessageKind,
    rawBody: string,
    attachmentIds: string[] = [],
  ): Promise<Ticket> {
    const fileIds = checkAttachmentIds(attachmentIds);
    const body = messageBody(rawBody, { hasFiles: fileIds.length > 0 });
    const isPublic = kind === 'public_reply';
    let mailQueued = isPublic;
    const ticket = await this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number });
      assertWritable(ticket);
      const message = await tx.insert(TicketMessage, { ticketId: ticket.id, kind, authorAgentId: scope.agentId, body });
      const files = await attachFiles(tx, { agentId: scope.agentId }, message.id, fileIds);
      const agent = await own(tx, Agent, scope.agentId);
      if (!isPublic) {
        const mail = { organization: scope.organization, from: this.config.mail.from, appOrigin: this.urls.appOrigin() };
        mailQueued = await notifyMentions(tx, ticket, body, agent, mail);
        return saveTicket(tx, ticket, {});
      }
      // PublicUrls reads the organization's custom domains in this same transaction.
      const portalOrigin = await this.urls.portalOrigin(scope.organization);
      const requester = await own(tx, Contact, ticket.requesterId);
      // The requester and each CC get their own copy, so no one sees the others' addresses.
      for (const to of [requester.email, ...(await ccEmails(tx, ticket.id))]) {
        await enqueueEmail(tx, agentReplyEmail(this.sender(scope.organization, portalOrigin), ticket, to, agent.name, body, files));
      }
      const next = statusAfterAgentReply(ticket.status);
      // A public reply answers whatever waited, and the first one meets the first-response target.
      const answered = { awaitingReplySince: null, firstRespondedAt: ticket.firstRespondedAt ?? (() => 'now()') };
      if (next === ticket.status) return saveTicket(tx, ticket, answered);
      await tx.insert(
        TicketEvent,
        ticketEvent(ticket, 'status_changed', { agentId: scope.agentId }, { from: ticket.status, to: next }, true),
      );
      return saveTicket(tx, ticket, { ...answered, status: next });
    });
    if (mailQueued) this.onMailQueued();
    return ticket;
  }

  /**
   * An agent's changes to status, priority, assignee and custom fields. Every change that happens
   * writes an event with the agent and the old and new values; only status changes are shown to
   * the requester, and solving emails them.
   */
  async updateAsAgent(scope: AgentScope, number: number, input: UpdateTicketInput): Promise<Ticket> {
    let mailQueued = false;
    const ticket = await this.tenant.run(scope.organizationId, async (tx) => {
      const ticket = await lockTicket(tx, { number });
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
        if (assigneeId !== null && !(isUuid(assigneeId) && (await tx.exists(Agent, { id: assigneeId })))) {
          throw notFound('Agent');
        }
        changes.assigneeId = assigneeId;
        await notifyAssigned(tx, ticket, assigneeId, scope.agentId);
        events.push(ticketEvent(ticket, 'assignee_changed', actor, { from: ticket.assigneeId, to: assigneeId }));
      }
      events.push(...(await applyCustomFields(tx, ticket, input.customFields ?? [], actor)));

      if (!events.length) return ticket;
      await tx.insertMany(TicketEvent, events);
      const saved = await saveTicket(tx, ticket, changes);
      if (status === 'solved' && changes.status) {
        // After the save, so the survey keeps the assignee this same update may have set.
        await this.askRequester(tx, scope.organization, saved, 'agent');
        mailQueued = true;
      }
      return saved;
    });
    if (mailQueued) this.onMailQueued();
    return ticket;
  }
}

/** Writes custom field changes and returns their events; refuses unknown keys and ill-typed values by name. */
async function applyCustomFields(
  tx: TenantTx,
  ticket: Ticket,
  inputs: { key: string; value?: unknown }[],
  actor: { agentId: string },
): Promise<DeepPartial<TicketEvent>[]> {
  if (!inputs.length) return [];
  const keys = inputs.map((i) => i.key);
  const definitions = await tx.find(CustomFieldDefinition, { where: { key: In(keys), archivedAt: IsNull() } });
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

  const current = await tx.find(TicketFieldValue, { where: { ticketId: ticket.id } });
  const before = new Map(current.map((v) => [v.fieldId, v.value]));
  const events: DeepPartial<TicketEvent>[] = [];
  for (const { definition, value } of wanted) {
    const previous = before.has(definition.id) ? before.get(definition.id) : null;
    if (isDeepStrictEqual(previous, value)) continue;
    // The ticket row is locked, so no other writer can add or drop this value meanwhile.
    if (value === null) await tx.delete(TicketFieldValue, { ticketId: ticket.id, fieldId: definition.id });
    else if (before.has(definition.id)) await tx.update(TicketFieldValue, { ticketId: ticket.id, fieldId: definition.id }, { value });
    else await tx.insert(TicketFieldValue, { ticketId: ticket.id, fieldId: definition.id, value });
    events.push(ticketEvent(ticket, 'field_changed', actor, { key: definition.key, from: previous, to: value }));
  }
  return events;
}

/** A row of the organization that must exist (the signed-in agent, a ticket's requester). */
async function own<E extends Agent | Contact>(tx: TenantTx, entity: new () => E, id: string): Promise<E> {
  const row = await tx.findOneBy<E>(entity, { id } as FindOptionsWhere<E>);
  if (!row) throw new Error(`${entity.name} ${id} not found in its own organization`);
  return row;
}

/** The addresses of the contacts copied on a ticket, first added first. */
async function ccEmails(tx: TenantTx, ticketId: string): Promise<string[]> {
  const rows = await tx.sql<{ email: string }>(
    `SELECT c.email FROM ticket_ccs cc JOIN contacts c ON c.id = cc.contact_id AND c.organization_id = cc.organization_id
      WHERE cc.organization_id = $1 AND cc.ticket_id = $2 ORDER BY cc.created_at, cc.id`,
    [tx.organizationId, ticketId],
  );
  return rows.map((r) => r.email);
}
