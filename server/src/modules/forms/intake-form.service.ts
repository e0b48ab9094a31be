import { isUuid, validateFormDefinition, type FormDefinition } from '@actionconnect/shared';
import { In } from 'typeorm';
import type { TenantData } from '../../db/tenant';
import { IntakeFormVersion } from './intake-form-version.entity';
import type { IntakeFormNode } from './intake-form.types';

/** Where a version's answers go on the ticket (see IntakeFormVersion.mappings). */
export interface FormMappings {
  /** Form field whose answer becomes the ticket's subject. */
  subject: string | null;
  /** Form field whose answer becomes the first message. */
  description: string | null;
  /** Form field key → custom field key. */
  customFields: Record<string, string>;
}

/** What contacts read of intake forms, and the lookups tickets need. Every method is bound to the organization it is given. */
export class IntakeFormReadService {
  constructor(private readonly tenant: TenantData) {}

  /** Active forms with a published version, each at that version, in the order admins set. */
  async listPublished(organizationId: string): Promise<IntakeFormNode[]> {
    const versions = await this.tenant.run(organizationId, (tx) =>
      tx
        .select(IntakeFormVersion, 'v')
        .innerJoinAndSelect('v.form', 'f', 'f.id = v.form_id AND f.organization_id = v.organization_id')
        .andWhere('f.is_active = true AND v.version = f.published_version')
        .orderBy('f.position', 'ASC')
        .addOrderBy('f.name', 'ASC')
        .getMany(),
    );
    return versions.flatMap((v) =>
      v.form
        ? [
            {
              id: v.form.id,
              slug: v.form.slug,
              name: v.form.name,
              description: v.form.description,
              versionId: v.id,
              version: v.version,
              definition: v.definition,
            },
          ]
        : [],
    );
  }

  /**
   * The version a contact submits against, with its form, or null when it is missing, another
   * organization's, malformed, or its form was switched off. Any published version counts, not only
   * the latest: a contact who opened the form before an edit is judged by what they were shown.
   * Inside the organization's transaction (a submission), it reads in that transaction.
   */
  async findSubmittableVersion(organizationId: string, versionId: string): Promise<IntakeFormVersion | null> {
    if (!isUuid(versionId)) return null;
    return this.tenant.run(organizationId, (tx) =>
      tx
        .select(IntakeFormVersion, 'v')
        .innerJoinAndSelect('v.form', 'f', 'f.id = v.form_id AND f.organization_id = v.organization_id')
        .andWhere('v.id = :versionId AND f.is_active = true', { versionId })
        .getOne(),
    );
  }

  /** Versions by id, each with its form, in one statement (for the per-request loader). */
  async versionsById(organizationId: string, ids: readonly string[]): Promise<Map<string, IntakeFormVersion>> {
    const rows = await this.tenant.run(organizationId, (tx) =>
      tx.find(IntakeFormVersion, { where: { id: In([...ids]) }, relations: { form: true } }),
    );
    return new Map(rows.map((v) => [v.id, v]));
  }
}

/** A stored definition, re-checked: versions are validated when published, so a failure here is a bug. */
export function parseDefinition(version: Pick<IntakeFormVersion, 'id' | 'definition'>): FormDefinition {
  const result = validateFormDefinition(version.definition);
  if (!result.ok) throw new Error(`intake form version ${version.id} holds an invalid definition: ${result.errors.join('; ')}`);
  return result.form;
}

/** Reads a version's mappings, ignoring anything of the wrong shape. */
export function parseMappings(raw: Record<string, unknown>): FormMappings {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const customFields: Record<string, string> = {};
  const rawFields = raw.customFields;
  if (rawFields && typeof rawFields === 'object' && !Array.isArray(rawFields)) {
    for (const [formKey, fieldKey] of Object.entries(rawFields)) {
      if (typeof fieldKey === 'string' && fieldKey !== '') customFields[formKey] = fieldKey;
    }
  }
  return { subject: text(raw.subject), description: text(raw.description), customFields };
}
