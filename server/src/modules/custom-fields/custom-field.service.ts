import { accessParams, readableTicketIds } from '../companies/ticket-access';
import { CUSTOM_FIELD_TYPES, evaluateSubmission, type FormDefinition } from '@actionconnect/shared';
import type { TenantData } from '../../db/tenant';
import { CustomFieldDefinition } from './custom-field-definition.entity';
import { TicketFieldValue } from './ticket-field-value.entity';
import type { TicketFieldValueNode } from './custom-field.types';

/** Who a list of field values is for: a contact gets only fields visible to contacts, on their own tickets. */
export type FieldAudience = { kind: 'contact'; contactId: string } | { kind: 'agent' };

/** Reading custom fields and their values. Every method is bound to the organization it is given. */
export class CustomFieldReadService {
  constructor(private readonly tenant: TenantData) {}

  /** The organization's live (not archived) custom fields, in display order. */
  listDefinitions(organizationId: string): Promise<CustomFieldDefinition[]> {
    return this.tenant.run(organizationId, (tx) =>
      tx
        .select(CustomFieldDefinition, 'd')
        .andWhere('d.archived_at IS NULL')
        .orderBy('d.position', 'ASC')
        .addOrderBy('d.key', 'ASC')
        .getMany(),
    );
  }

  /**
   * Field values of many tickets in one statement, keyed by ticket id. The audience is part of the
   * SQL: a contact's request never reads an agent-only field's value.
   */
  valuesByTicket(
    organizationId: string,
    ticketIds: readonly string[],
    audience: FieldAudience,
  ): Promise<Map<string, TicketFieldValueNode[]>> {
    return this.tenant.run(organizationId, async (tx) => {
      const qb = tx
        .select(TicketFieldValue, 'v')
        .innerJoinAndSelect('v.field', 'd', 'd.id = v.field_id AND d.organization_id = v.organization_id AND d.archived_at IS NULL')
        .andWhere('v.ticket_id IN (:...ticketIds)', { ticketIds: [...ticketIds] })
        .orderBy('d.position', 'ASC')
        .addOrderBy('d.key', 'ASC');
      if (audience.kind !== 'agent') {
        qb.andWhere('d.visible_to_contact = true').andWhere(
          `v.ticket_id IN (${readableTicketIds()})`,
          accessParams({ organizationId, contactId: audience.contactId }),
        );
      }
      const rows = await qb.getMany();
      const byTicket = new Map<string, TicketFieldValueNode[]>();
      for (const row of rows) {
        if (!row.field) continue;
        const list = byTicket.get(row.ticketId) ?? [];
        list.push({
          key: row.field.key,
          label: row.field.label,
          type: row.field.type,
          value: row.value,
          displayValue: displayCustomFieldValue(row.field, row.value),
        });
        byTicket.set(row.ticketId, list);
      }
      return byTicket;
    });
  }
}

/** The value as a person reads it: option labels for choices, Yes/No for a checkbox. */
export function displayCustomFieldValue(field: Pick<CustomFieldDefinition, 'type' | 'options'>, value: unknown): string {
  const label = (v: unknown) => field.options.find((o) => o.value === v)?.label ?? String(v);
  if (value === null || value === undefined) return '';
  if (field.type === 'checkbox') return value === true ? 'Yes' : 'No';
  if (field.type === 'single_choice') return label(value);
  if (Array.isArray(value)) return value.map(label).join(', ');
  return String(value);
}

/** A value checked against its field: normalized, or refused with a message. `null` means "clear the field". */
export type CoercedFieldValue = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads a value for a custom field with the same rules the intake forms use (trimmed text, known
 * options only, real dates, finite numbers), so a field holds the same shapes whoever writes it.
 */
export function coerceCustomFieldValue(field: Pick<CustomFieldDefinition, 'type' | 'label' | 'options'>, raw: unknown): CoercedFieldValue {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const type = CUSTOM_FIELD_TYPES.find((t) => t === field.type);
  if (!type) return { ok: false, message: `Field type ${field.type} cannot hold a value.` };
  const form: FormDefinition = {
    sections: [{ key: 'field', title: field.label, fields: [{ key: 'value', type, label: field.label, options: field.options }] }],
  };
  const result = evaluateSubmission(form, { value: raw });
  if (!result.ok) return { ok: false, message: result.errors[0]?.message ?? 'Invalid value.' };
  return { ok: true, value: result.answers.value ?? null };
}
