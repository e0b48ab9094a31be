import { CUSTOM_FIELD_TYPES, validateFormDefinition, type FieldType, type FormDefinition } from '@actionconnect/shared';
import { IsNull } from 'typeorm';
import type { TenantData, TenantTx } from '../../db/tenant';
import { DomainError, ErrorCode, notFound } from '../../errors';
import type { AdminScope } from '../../auth/viewer';
import { mappingProblems } from '../forms/form-mappings';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { IntakeForm } from '../forms/intake-form.entity';
import { isUuid } from '@actionconnect/shared';
import { parseMappings, type FormMappings } from '../forms/intake-form.service';
import { CustomFieldDefinition } from './custom-field-definition.entity';

type Option = { value: string; label: string };

/** Managing an organization's custom ticket fields. Every method is bound to the admin's organization. */
export class CustomFieldAdminService {
  constructor(private readonly tenant: TenantData) {}

  /** Every field, live ones in display order first, then archived ones. */
  list(scope: AdminScope): Promise<CustomFieldDefinition[]> {
    return this.tenant.run(scope.organizationId, (tx) =>
      tx
        .select(CustomFieldDefinition, 'd')
        .orderBy('d.archived_at IS NULL', 'DESC')
        .addOrderBy('d.position', 'ASC')
        .addOrderBy('d.key', 'ASC')
        .getMany(),
    );
  }

  /** Adds a field at the end of the list. Key and type are fixed from then on: tickets and mappings rely on them. */
  async create(
    scope: AdminScope,
    input: { key?: string | null; label: string; type: string; options: Option[]; visibleToContact: boolean },
  ): Promise<CustomFieldDefinition> {
    const type = CUSTOM_FIELD_TYPES.find((t) => t === input.type);
    if (!type) throw fieldError('type', `Choose one of ${CUSTOM_FIELD_TYPES.join(', ')}.`);
    return this.tenant.run(scope.organizationId, async (tx) => {
      const existing = await tx.find(CustomFieldDefinition);
      const taken = new Set(existing.map((f) => f.key));
      const wanted = input.key?.trim();
      if (wanted && taken.has(wanted))
        throw fieldError('key', `"${wanted}" is already the key of another field (archived fields keep theirs).`);
      const key = wanted || keyFromLabel(input.label, taken);
      const { label, options } = checkShape(key, type, input.label, input.options);
      const position = existing.filter((f) => !f.archivedAt).reduce((max, f) => Math.max(max, f.position), 0) + 1;
      return tx.insert(CustomFieldDefinition, { key, label, type, options, visibleToContact: input.visibleToContact, position });
    });
  }

  /**
   * Changes label, options, visibility or place. Options that a form's draft or published version
   * sends to this field cannot be removed: those answers would no longer fit.
   */
  async update(
    scope: AdminScope,
    id: string,
    input: { label?: string | null; options?: Option[] | null; visibleToContact?: boolean | null; position?: number | null },
  ): Promise<CustomFieldDefinition> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const field = await this.lockField(tx, id);
      if (field.archivedAt) throw fieldError('id', 'This field is archived.');
      const type = field.type as FieldType;
      const { label, options } = checkShape(field.key, type, input.label ?? field.label, input.options ?? field.options);
      const changed = { ...field, label, options };
      await refuseIfMappingsBreak(tx, field.key, changed, 'Changing the options');
      await tx.update(
        CustomFieldDefinition,
        { id: field.id },
        { label, options, visibleToContact: input.visibleToContact ?? field.visibleToContact },
      );
      if (input.position !== null && input.position !== undefined) await this.move(tx, field.id, input.position);
      return reload(tx, field.id);
    });
  }

  /**
   * Hides a field from tickets, the agent app and new mappings; its values stay stored. Refused
   * while a form's draft or published version still fills it, since those answers would be lost.
   */
  async archive(scope: AdminScope, id: string): Promise<CustomFieldDefinition> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const field = await this.lockField(tx, id);
      if (field.archivedAt) return field;
      await refuseIfMappingsBreak(tx, field.key, null, 'Archiving');
      await tx.update(CustomFieldDefinition, { id: field.id }, { archivedAt: new Date() });
      await this.renumber(
        tx,
        (await this.liveFields(tx)).map((f) => f.id),
      );
      return reload(tx, field.id);
    });
  }

  private async lockField(tx: TenantTx, id: string): Promise<CustomFieldDefinition> {
    if (!isUuid(id)) throw notFound('Custom field');
    const field = await tx.select(CustomFieldDefinition, 'd').setLock('pessimistic_write').andWhere('d.id = :id', { id }).getOne();
    if (!field) throw notFound('Custom field');
    return field;
  }

  private liveFields(tx: TenantTx): Promise<CustomFieldDefinition[]> {
    return tx.find(CustomFieldDefinition, { where: { archivedAt: IsNull() }, order: { position: 'ASC', key: 'ASC' } });
  }

  private async move(tx: TenantTx, id: string, position: number): Promise<void> {
    const ids = (await this.liveFields(tx)).map((f) => f.id).filter((other) => other !== id);
    const at = Math.min(Math.max(Math.trunc(position), 1), ids.length + 1) - 1;
    ids.splice(at, 0, id);
    await this.renumber(tx, ids);
  }

  private async renumber(tx: TenantTx, ids: string[]): Promise<void> {
    // One statement whatever the length: positions 1..n in the given order.
    if (!ids.length) return;
    await tx.sql(
      `UPDATE custom_field_definitions d SET position = o.position
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
        WHERE d.id = o.id AND d.organization_id = $2`,
      [ids, tx.organizationId],
    );
  }
}

/** A field as stored after a change in this transaction. */
async function reload(tx: TenantTx, id: string): Promise<CustomFieldDefinition> {
  const field = await tx.findOneBy(CustomFieldDefinition, { id });
  if (!field) throw new Error(`custom field ${id} vanished inside its own transaction`);
  return field;
}

function fieldError(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BadUserInput, message, { field });
}

/**
 * Checks key, label and options with the shared form rules (a custom field holds the same values
 * as a form question of its type), returning them cleaned, or BAD_USER_INPUT naming the input.
 */
function checkShape(key: string, type: FieldType, label: string, options: Option[]): { label: string; options: Option[] } {
  const isChoice = type === 'single_choice' || type === 'multiple_choice';
  if (!isChoice && options.length) throw fieldError('options', 'Only choice fields have options.');
  const probe = {
    sections: [{ key: 'section', title: 'Section', fields: [{ key, type, label, ...(isChoice ? { options } : {}) }] }],
  };
  const result = validateFormDefinition(probe);
  if (!result.ok) {
    const [first] = result.errors;
    const match = /^sections\[0\]\.fields\[0\]\.([A-Za-z]+)(\S*): (.*)$/.exec(first ?? '');
    const input = match?.[1] ?? 'label';
    const message = match ? `${input}${match[2]}: ${match[3]}` : (first ?? 'Invalid field.');
    throw new DomainError(ErrorCode.BadUserInput, message, { field: input, problems: result.errors });
  }
  const field = result.form.sections[0].fields[0];
  return { label: field.label, options: field.options ?? [] };
}

/** A key from a label ("Order number" → order_number), unique among `taken`. */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  let base = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 56);
  if (!/^[a-z]/.test(base)) base = `field_${base}`.replace(/_+$/, '');
  if (base in Object.prototype) base = `${base}_field`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
  }
}

/**
 * Refuses a change when a form's draft or current published version maps a question to this
 * field and would no longer fit it (`changed` null: the field goes away).
 */
async function refuseIfMappingsBreak(tx: TenantTx, key: string, changed: CustomFieldDefinition | null, action: string): Promise<void> {
  const uses = await mappingUses(tx);
  for (const use of uses) {
    const mapped = Object.entries(use.mappings.customFields).filter(([, fieldKey]) => fieldKey === key);
    if (!mapped.length) continue;
    const only: FormMappings = { subject: null, description: null, customFields: Object.fromEntries(mapped) };
    if (!changed || mappingProblems(use.definition, only, [changed]).length) {
      const where = use.published ? `the published version of “${use.formName}”` : `the draft of “${use.formName}”`;
      throw new DomainError(
        ErrorCode.BadUserInput,
        `${action} would break ${where}, which fills this field. Change that form's mappings (and publish) first.`,
        { field: changed ? 'options' : 'id', form: use.formName },
      );
    }
  }
}

/** Every form's draft and current published version with their mappings, in two statements. */
async function mappingUses(
  tx: TenantTx,
): Promise<{ formName: string; published: boolean; definition: FormDefinition; mappings: FormMappings }[]> {
  const forms = await tx.find(IntakeForm);
  const versions = await tx
    .select(IntakeFormVersion, 'v')
    .innerJoinAndSelect('v.form', 'f', 'f.id = v.form_id AND f.organization_id = v.organization_id')
    .andWhere('v.version = f.published_version')
    .getMany();
  const asDefinition = (raw: Record<string, unknown>): FormDefinition | null => {
    const checked = validateFormDefinition(raw);
    return checked.ok ? checked.form : null;
  };
  const uses: { formName: string; published: boolean; definition: FormDefinition; mappings: FormMappings }[] = [];
  for (const form of forms) {
    const definition = asDefinition(form.draftDefinition);
    if (definition) uses.push({ formName: form.name, published: false, definition, mappings: parseMappings(form.draftMappings) });
  }
  for (const version of versions) {
    const definition = asDefinition(version.definition);
    if (definition && version.form) {
      uses.push({ formName: version.form.name, published: true, definition, mappings: parseMappings(version.mappings) });
    }
  }
  return uses;
}
