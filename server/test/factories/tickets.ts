// Custom fields, intake forms and tickets with what hangs from them.
import { validateFormDefinition, type FormDefinition } from '@actionconnect/shared';
import type { DeepPartial } from 'typeorm';
import { CustomFieldDefinition } from '../../src/modules/custom-fields/custom-field-definition.entity';
import { TicketFieldValue } from '../../src/modules/custom-fields/ticket-field-value.entity';
import { IntakeFormVersion } from '../../src/modules/forms/intake-form-version.entity';
import { IntakeForm } from '../../src/modules/forms/intake-form.entity';
import { TicketEvent } from '../../src/modules/tickets/ticket-event.entity';
import { TicketMessage } from '../../src/modules/tickets/ticket-message.entity';
import { Contact } from '../../src/modules/contacts/contact.entity';
import { Ticket } from '../../src/modules/tickets/ticket.entity';
import { buildAgent, buildContact, managerOf, organizationIdOf, rowOrBuild, save, unique, type Writer } from './core';

/** Saves a short-text custom field with a unique key, creating an organization unless `organizationId` is given. */
export async function buildCustomFieldDefinition(
  m: Writer,
  overrides: DeepPartial<CustomFieldDefinition> = {},
): Promise<CustomFieldDefinition> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  return save(em, CustomFieldDefinition, {
    key: `field_${id}`,
    label: `Field ${id}`,
    type: 'short_text',
    options: [],
    ...overrides,
    organizationId,
  });
}

/** A valid intake form: one section asking for a subject and a description; overrides win. */
export function buildFormDefinition(overrides: Partial<FormDefinition> = {}): FormDefinition {
  const definition: FormDefinition = {
    sections: [
      {
        key: 'request',
        title: 'Your request',
        fields: [
          { key: 'subject', type: 'short_text', label: 'Subject', required: true, maxLength: 200 },
          { key: 'description', type: 'long_text', label: 'What happened?', required: true },
        ],
      },
    ],
    ...overrides,
  };
  const checked = validateFormDefinition(definition);
  if (!checked.ok) throw new Error(`buildFormDefinition: invalid form: ${checked.errors.join('; ')}`);
  return checked.form;
}

/** Mappings for buildFormDefinition's form: its subject and description feed the ticket's. */
export const FORM_MAPPINGS = { subject: 'subject', description: 'description', customFields: {} };

/** Saves an active, unpublished intake form whose draft is buildFormDefinition's, creating an organization unless given. */
export async function buildIntakeForm(m: Writer, overrides: DeepPartial<IntakeForm> = {}): Promise<IntakeForm> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const id = unique();
  return save(em, IntakeForm, {
    slug: `form-${id}`,
    name: `Form ${id}`,
    draftDefinition: buildFormDefinition() as unknown as Record<string, unknown>,
    draftMappings: FORM_MAPPINGS,
    publishedVersion: 0,
    isActive: true,
    ...overrides,
    organizationId,
  });
}

/**
 * Publishes a version of a form (a new one unless `formId` is given): the next version number,
 * the form's draft unless `definition`/`mappings` are given, and the form's published version moved to it.
 */
export async function buildIntakeFormVersion(m: Writer, overrides: DeepPartial<IntakeFormVersion> = {}): Promise<IntakeFormVersion> {
  const em = managerOf(m);
  const form = overrides.formId
    ? await em.findOneByOrFail(IntakeForm, { id: overrides.formId })
    : await buildIntakeForm(em, { organizationId: overrides.organizationId });
  const version = overrides.version ?? form.publishedVersion + 1;
  const saved = await save(em, IntakeFormVersion, {
    definition: form.draftDefinition,
    mappings: form.draftMappings,
    ...overrides,
    organizationId: form.organizationId,
    formId: form.id,
    version,
  });
  if (version > form.publishedVersion) await em.update(IntakeForm, { id: form.id }, { publishedVersion: version });
  return saved;
}

/**
 * Saves a ticket with the organization's next number (taken by incrementing
 * organizations.last_ticket_number, as the product does), creating the organization and the
 * requester when they are not given. The requester is created in the same organization.
 */
export async function buildTicket(m: Writer, overrides: DeepPartial<Ticket> = {}): Promise<Ticket> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const requesterId = overrides.requesterId ?? (await buildContact(em, { organizationId })).id;
  // As the product does: the ticket is raised in the requester's company of the moment.
  const companyId =
    overrides.companyId !== undefined ? overrides.companyId : ((await em.findOneBy(Contact, { id: requesterId }))?.companyId ?? null);
  const rows: { last_ticket_number: number }[] = await em.query(
    'UPDATE organizations SET last_ticket_number = last_ticket_number + 1 WHERE id = $1 RETURNING last_ticket_number',
    [organizationId],
  );
  // TypeORM's postgres driver returns [rows, affected] for UPDATE ... RETURNING.
  const returned = (Array.isArray(rows[0]) ? rows[0] : rows) as { last_ticket_number: number }[];
  if (!returned.length) throw new Error(`buildTicket: organization ${organizationId} does not exist`);
  const id = unique();
  return save(em, Ticket, {
    subject: `Ticket ${id}`,
    status: 'new',
    priority: 'normal',
    answers: {},
    ...overrides,
    organizationId,
    requesterId,
    companyId,
    number: overrides.number ?? returned[0].last_ticket_number,
  });
}

/**
 * Saves a message on a ticket (a new one unless `ticketId` is given): by default a public reply
 * from the requester; with `authorAgentId` (or kind `internal_note`, which needs an agent) from an agent.
 */
export async function buildTicketMessage(m: Writer, overrides: DeepPartial<TicketMessage> = {}): Promise<TicketMessage> {
  const em = managerOf(m);
  const ticket = await rowOrBuild(em, Ticket, overrides.ticketId, overrides.organizationId, buildTicket);
  const kind = overrides.kind ?? 'public_reply';
  const byAgent = kind === 'internal_note' || !!overrides.authorAgentId;
  const authorAgentId = byAgent ? (overrides.authorAgentId ?? (await buildAgent(em, { organizationId: ticket.organizationId })).id) : null;
  return save(em, TicketMessage, {
    body: `Message ${unique()}`,
    ...overrides,
    kind,
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
    authorAgentId,
    authorContactId: byAgent ? null : (overrides.authorContactId ?? ticket.requesterId),
  });
}

/** Saves an event on a ticket (a new one unless `ticketId` is given): a contact-visible status change by default. */
export async function buildTicketEvent(m: Writer, overrides: DeepPartial<TicketEvent> = {}): Promise<TicketEvent> {
  const em = managerOf(m);
  const ticket = await rowOrBuild(em, Ticket, overrides.ticketId, overrides.organizationId, buildTicket);
  return save(em, TicketEvent, {
    type: 'status_changed',
    data: { from: 'new', to: 'open' },
    visibleToContact: true,
    ...overrides,
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
  });
}

/** Saves a custom field's value on a ticket, creating the ticket and the (short-text) field in one organization when not given. */
export async function buildTicketFieldValue(m: Writer, overrides: DeepPartial<TicketFieldValue> = {}): Promise<TicketFieldValue> {
  const em = managerOf(m);
  const ticket = await rowOrBuild(em, Ticket, overrides.ticketId, overrides.organizationId, buildTicket);
  const fieldId = overrides.fieldId ?? (await buildCustomFieldDefinition(em, { organizationId: ticket.organizationId })).id;
  return save(em, TicketFieldValue, {
    value: `value ${unique()}`,
    ...overrides,
    organizationId: ticket.organizationId,
    ticketId: ticket.id,
    fieldId,
  });
}
