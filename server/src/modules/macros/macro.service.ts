import {
  MACRO_PLACEHOLDERS,
  isUuid,
  renderMacro,
  unknownPlaceholders,
  type TicketPriority,
  type TicketStatus,
} from '@actionconnect/shared';
import { In, IsNull } from 'typeorm';
import type { AgentScope } from '../../auth/viewer';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, forbidden, notFound } from '../../errors';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { CustomFieldDefinition } from '../custom-fields/custom-field-definition.entity';
import { tagName } from '../tags/tag-store';
import type { TagService } from '../tags/tag.service';
import type { TicketMessageKind } from '../tickets/ticket-message.entity';
import type { TicketWriteService } from '../tickets/ticket-write.service';
import type { Ticket } from '../tickets/ticket.entity';
import type { UpdateTicketInput } from '../tickets/dto/update-ticket.input';
import type { TicketPriorityEnum, TicketStatusEnum } from '../tickets/ticket.types';
import type { MacroActions } from './macro-actions';
import { Macro } from './macro.entity';

/** Longest macro body (a message's limit). */
export const MAX_MACRO_BODY = 20_000;

/** What an agent saves as a macro. */
export interface MacroInput {
  name: string;
  body: string;
  /** Shared with the team (admins only) or the agent's own. */
  shared: boolean;
  actions?: {
    status?: string | null;
    priority?: string | null;
    assigneeId?: string | null;
    addTags?: string[] | null;
    removeTags?: string[] | null;
    customFields?: { key: string; value?: unknown }[] | null;
  } | null;
}

/** An agent's scope that says whether they are an admin. */
export type MacroScope = AgentScope & { isAdmin: boolean };

/**
 * Canned replies: shared ones (admins manage them) and each agent's own. Bodies are checked for
 * unknown placeholders when saved; applying one sends its (edited) reply and runs its actions in
 * one transaction.
 */
export class MacroService {
  constructor(
    private readonly tenant: TenantData,
    private readonly write: TicketWriteService,
    private readonly tags: TagService,
  ) {}

  /** The shared macros and the agent's own, by name; `search` narrows by words of the name. */
  list(scope: AgentScope, search?: string | null): Promise<Macro[]> {
    return this.tenant.run(scope.organizationId, (tx) => {
      const qb = tx
        .select(Macro, 'm')
        .andWhere('(m.owner_agent_id IS NULL OR m.owner_agent_id = :me)', { me: scope.agentId })
        .orderBy('m.name', 'ASC')
        .limit(200);
      const text = (search ?? '').trim();
      if (text)
        qb.andWhere(`m.name ILIKE :pattern ESCAPE '\\'`, { pattern: `%${text.slice(0, 120).replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      return qb.getMany();
    });
  }

  /** Saves a new macro. */
  create(scope: MacroScope, input: MacroInput): Promise<Macro> {
    if (input.shared && !scope.isAdmin) throw forbidden('Only workspace admins can share canned replies.');
    return this.tenant.run(scope.organizationId, async (tx) => {
      const values = await checkMacro(tx, input);
      return tx.insert(Macro, { ...values, ownerAgentId: input.shared ? null : scope.agentId });
    });
  }

  /** Changes a macro the agent may manage (their own; a shared one if admin). */
  update(scope: MacroScope, id: string, input: MacroInput): Promise<Macro> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const macro = await manageable(tx, scope, id);
      if (input.shared !== (macro.ownerAgentId === null) && !scope.isAdmin)
        throw forbidden('Only workspace admins can share canned replies.');
      const values = await checkMacro(tx, input);
      Object.assign(macro, values, { ownerAgentId: input.shared ? null : (macro.ownerAgentId ?? scope.agentId) });
      return tx.save(Macro, macro);
    });
  }

  /** Deletes a macro the agent may manage. */
  async remove(scope: MacroScope, id: string): Promise<string> {
    await this.tenant.run(scope.organizationId, async (tx) => {
      const macro = await manageable(tx, scope, id);
      await tx.delete(Macro, { id: macro.id });
    });
    return id;
  }

  /** A macro's body filled in for a ticket and the agent (what the composer is given). */
  render(scope: AgentScope, id: string, number: number): Promise<string> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const macro = await usable(tx, scope, id);
      const ticket = await this.write.ticketByNumber(tx, number);
      return renderMacro(macro.body, await macroContext(tx, scope, ticket));
    });
  }

  /**
   * Sends `body` (the macro's reply as the agent edited it; empty sends nothing) as `kind`, then
   * applies the macro's actions: status, priority, assignee and custom fields through the same
   * path as the ticket page (one history entry per change), then tags (one per tag). One
   * transaction: if any action fails, nothing is sent and nothing changes.
   */
  apply(
    scope: AgentScope,
    number: number,
    id: string,
    kind: TicketMessageKind,
    body: string,
    attachmentIds: string[] = [],
  ): Promise<Ticket> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const macro = await usable(tx, scope, id);
      const a = macro.actions ?? {};
      let ticket: Ticket | null = null;
      if (body.trim() !== '' || attachmentIds.length) ticket = await this.write.addMessageAsAgent(scope, number, kind, body, attachmentIds);
      const update: UpdateTicketInput = {
        // The stored strings are the enums' values.
        ...(a.status ? { status: a.status as TicketStatusEnum } : {}),
        ...(a.priority ? { priority: a.priority as TicketPriorityEnum } : {}),
        ...(a.assigneeId ? { assigneeId: a.assigneeId } : {}),
        ...(a.customFields?.length ? { customFields: a.customFields } : {}),
      };
      if (Object.keys(update).length) ticket = await this.write.updateAsAgent(scope, number, update);
      for (const name of a.addTags ?? []) ticket = await this.tags.addToTicket(scope, number, name);
      for (const name of a.removeTags ?? []) ticket = await this.tags.removeByName(scope, number, name);
      return ticket ?? this.write.ticketByNumber(tx, number);
    });
  }
}

/** The values to store for a macro, refusing unknown placeholders and actions by name (BAD_USER_INPUT). */
async function checkMacro(tx: TenantTx, input: MacroInput): Promise<Pick<Macro, 'name' | 'body' | 'actions'>> {
  const name = input.name.trim();
  if (name === '' || name.length > 120) throw badInput('Give the canned reply a name of at most 120 characters.', 'name');
  const body = input.body.replace(/\r\n?/g, '\n').trim();
  if (body.length > MAX_MACRO_BODY) throw badInput(`A canned reply has at most ${MAX_MACRO_BODY} characters.`, 'body');
  const unknown = unknownPlaceholders(body);
  if (unknown.length) {
    throw badInput(
      `Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.map((p) => `{{${p}}}`).join(', ')}. Use ${MACRO_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      'body',
    );
  }
  const a = input.actions ?? {};
  const actions: MacroActions = {};
  if (a.status) actions.status = a.status as TicketStatus;
  if (a.priority) actions.priority = a.priority as TicketPriority;
  if (a.assigneeId) {
    if (!isUuid(a.assigneeId) || !(await tx.exists(Agent, { id: a.assigneeId }))) throw badInput('No such agent.', 'actions.assigneeId');
    actions.assigneeId = a.assigneeId;
  }
  if (a.addTags?.length) actions.addTags = [...new Set(a.addTags.map((t) => tagName(t, 'actions.addTags')))];
  if (a.removeTags?.length) actions.removeTags = [...new Set(a.removeTags.map((t) => tagName(t, 'actions.removeTags')))];
  if (a.customFields?.length) {
    const keys = a.customFields.map((f) => f.key);
    const known = new Set((await tx.find(CustomFieldDefinition, { where: { key: In(keys), archivedAt: IsNull() } })).map((d) => d.key));
    const missing = keys.filter((k) => !known.has(k));
    if (missing.length) throw badInput(`No such custom field: ${missing.join(', ')}.`, 'actions.customFields');
    actions.customFields = a.customFields.map((f) => ({ key: f.key, value: f.value ?? null }));
  }
  return { name, body, actions };
}

/** A macro the agent may use: shared, or their own; any other answers as missing. */
async function usable(tx: TenantTx, scope: AgentScope, id: string): Promise<Macro> {
  if (!isUuid(id)) throw badInput('Not a valid id.', 'id');
  const macro = await tx.findOneBy(Macro, { id });
  if (!macro || (macro.ownerAgentId !== null && macro.ownerAgentId !== scope.agentId)) throw notFound('Canned reply');
  return macro;
}

/** A macro the agent may change: their own, or a shared one if they are an admin. */
async function manageable(tx: TenantTx, scope: MacroScope, id: string): Promise<Macro> {
  const macro = await usable(tx, scope, id);
  if (macro.ownerAgentId === null && !scope.isAdmin) throw forbidden('Only workspace admins can change shared canned replies.');
  return macro;
}

async function macroContext(tx: TenantTx, scope: AgentScope, ticket: Ticket) {
  const requester = await tx.findOneBy(Contact, { id: ticket.requesterId });
  const agent = await tx.findOneBy(Agent, { id: scope.agentId });
  return {
    requester: { name: requester?.name ?? null, email: requester?.email ?? null },
    ticket: { number: ticket.number, subject: ticket.subject },
    agent: { name: agent?.name ?? null, email: agent?.email ?? null },
  };
}
