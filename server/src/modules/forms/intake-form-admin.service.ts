import { validateFormDefinition, type FormDefinition } from '@actionconnect/shared';
import { IsNull } from 'typeorm';
import type { TenantData, TenantTx } from '../../db/tenant';
import { DomainError, ErrorCode, notFound } from '../../errors';
import { Agent } from '../agents/agent.entity';
import { Organization } from '../organizations/organization.entity';
import type { IntakeFormSettingsNode, RequestSignInMode } from './intake-form.types';
import { CustomFieldDefinition } from '../custom-fields/custom-field-definition.entity';
import { Ticket } from '../tickets/ticket.entity';
import type { AdminScope } from '../../auth/viewer';
import { mappingProblems, readMappingsInput, type MappingProblem } from './form-mappings';
import { IntakeFormVersion } from './intake-form-version.entity';
import { IntakeForm } from './intake-form.entity';
import {
  FORM_DESCRIPTION_MAX,
  FORM_NAME_MAX,
  type AdminIntakeForm,
  type AdminIntakeFormSummary,
  type IntakeFormVersionNode,
  type PublishIntakeFormResult,
} from './intake-form-admin.types';
import { isUuid } from '@actionconnect/shared';
import { parseMappings, type FormMappings } from './intake-form.service';

/** Where a new form starts: a subject and a description, already mapped onto the ticket. */
export function starterDraft(): { definition: FormDefinition; mappings: FormMappings } {
  return {
    definition: {
      sections: [
        {
          key: 'request',
          title: 'Your request',
          fields: [
            { key: 'subject', type: 'short_text', label: 'Subject', required: true, maxLength: 200 },
            { key: 'description', type: 'long_text', label: 'How can we help?', required: true, maxLength: 10_000 },
          ],
        },
      ],
    },
    mappings: { subject: 'subject', description: 'description', customFields: {} },
  };
}

/** The form builder's operations. Every method takes the admin's scope and touches only their organization's rows. */
export class IntakeFormAdminService {
  constructor(
    private readonly tenant: TenantData,
    /** Called after a change to the organization row, so cached portal hosts see it. */
    private readonly onOrganizationChanged: () => void = () => {},
  ) {}

  /** Every form of the organization, in the order the portal lists them, in a constant number of statements. */
  async list(scope: AdminScope): Promise<AdminIntakeFormSummary[]> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const forms = await tx.find(IntakeForm, { order: { position: 'ASC', name: 'ASC', id: 'ASC' } });
      if (!forms.length) return [];
      const latest = await this.latestVersions(tx);
      const tickets = await this.ticketCounts(tx, 'form_id');
      return forms.map((form) => summarize(form, latest.get(form.id) ?? null, tickets.get(form.id) ?? 0));
    });
  }

  /** When the organization's request form asks visitors for their email. */
  async settings(scope: AdminScope): Promise<IntakeFormSettingsNode> {
    const organization = await this.tenant.run(scope.organizationId, (tx) => tx.findOne(Organization));
    if (!organization) throw notFound('Organization');
    return { requestSignIn: organization.requestSignIn as RequestSignInMode };
  }

  /** Sets when the request form asks visitors for their email. */
  async setRequestSignIn(scope: AdminScope, mode: RequestSignInMode): Promise<IntakeFormSettingsNode> {
    await this.tenant.run(scope.organizationId, (tx) => tx.update(Organization, {}, { requestSignIn: mode }));
    this.onOrganizationChanged();
    return { requestSignIn: mode };
  }

  /** One form with its draft and versions; NOT_FOUND for another organization's. */
  async get(scope: AdminScope, formId: string): Promise<AdminIntakeForm> {
    return this.tenant.run(scope.organizationId, (tx) => this.detail(tx, formId));
  }

  /** Creates a form (inactive until published) whose draft holds a subject and a description question. */
  async create(scope: AdminScope, input: { name: string; description: string }): Promise<AdminIntakeForm> {
    const name = cleanName(input.name);
    const description = cleanDescription(input.description);
    return this.tenant.run(scope.organizationId, async (tx) => {
      const existing = await tx.find(IntakeForm, { select: { slug: true, position: true } });
      const slug = uniqueSlug(name, new Set(existing.map((f) => f.slug)));
      const position = existing.reduce((max, f) => Math.max(max, f.position), 0) + 1;
      const starter = starterDraft();
      const saved = await tx.insert(IntakeForm, {
        slug,
        name,
        description,
        draftDefinition: starter.definition as unknown as Record<string, unknown>,
        draftMappings: starter.mappings as unknown as Record<string, unknown>,
        position,
      });
      return this.detail(tx, saved.id);
    });
  }

  /**
   * Replaces the draft. The definition must pass validateFormDefinition and the mappings must name
   * questions of the draft and live custom fields that can hold their answers; otherwise
   * BAD_USER_INPUT lists every problem with its path. Published versions are untouched.
   */
  async saveDraft(
    scope: AdminScope,
    formId: string,
    input: { name: string; description: string; definition: unknown; mappings: unknown },
  ): Promise<AdminIntakeForm> {
    const name = cleanName(input.name);
    const description = cleanDescription(input.description);
    const checked = validateFormDefinition(input.definition);
    if (!checked.ok) throw problemsError('definition', checked.errors.map(splitProblem));
    const read = readMappingsInput(input.mappings);
    if (!read.ok) throw problemsError('mappings', read.problems);
    return this.tenant.run(scope.organizationId, async (tx) => {
      const form = await this.lockForm(tx, formId);
      const problems = mappingProblems(checked.form, read.mappings, await liveCustomFields(tx));
      if (problems.length) throw problemsError('mappings', problems);
      form.name = name;
      form.description = description;
      form.draftDefinition = checked.form as unknown as Record<string, unknown>;
      form.draftMappings = read.mappings as unknown as Record<string, unknown>;
      await tx.save(IntakeForm, form);
      return this.detail(tx, formId);
    });
  }

  /**
   * Publishes the draft as version N+1, unless it equals version N (then nothing changes). Tickets
   * keep pointing at the version they were submitted with; contacts who opened the form before are
   * still judged by theirs (findSubmittableVersion). The form row is locked so two publishes
   * cannot race for the same number.
   */
  async publish(scope: AdminScope, formId: string): Promise<PublishIntakeFormResult> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const form = await this.lockForm(tx, formId);
      const checked = validateFormDefinition(form.draftDefinition);
      if (!checked.ok) throw problemsError('definition', checked.errors.map(splitProblem));
      if (!checked.form.sections.some((s) => s.fields.length > 0)) {
        throw new DomainError(ErrorCode.BadUserInput, 'Add at least one question before publishing.', { field: 'definition' });
      }
      const mappings = parseMappings(form.draftMappings);
      // Custom fields may have been archived or changed since the draft was saved.
      const problems = mappingProblems(checked.form, mappings, await liveCustomFields(tx));
      if (problems.length) throw problemsError('mappings', problems);

      const latest =
        form.publishedVersion > 0 ? await tx.findOneBy(IntakeFormVersion, { formId: form.id, version: form.publishedVersion }) : null;
      let created = false;
      if (!latest || !sameJson(latest.definition, checked.form) || !sameJson(parseMappings(latest.mappings), mappings)) {
        const version = form.publishedVersion + 1;
        await tx.insert(IntakeFormVersion, {
          formId: form.id,
          version,
          definition: checked.form as unknown as Record<string, unknown>,
          mappings: mappings as unknown as Record<string, unknown>,
          publishedByAgentId: scope.agentId,
        });
        await tx.update(IntakeForm, { id: form.id }, { publishedVersion: version });
        created = true;
      }
      const detail = await this.detail(tx, form.id);
      return { created, version: detail.publishedVersion, form: detail };
    });
  }

  /** Switches a form on or off for contacts; an inactive form also refuses submissions of its older versions. */
  async setActive(scope: AdminScope, formId: string, active: boolean): Promise<AdminIntakeForm> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      await this.lockForm(tx, formId);
      await tx.update(IntakeForm, { id: formId }, { isActive: active });
      return this.detail(tx, formId);
    });
  }

  private async lockForm(tx: TenantTx, formId: string): Promise<IntakeForm> {
    if (!isUuid(formId)) throw notFound('Form');
    const form = await tx.select(IntakeForm, 'f').setLock('pessimistic_write').andWhere('f.id = :formId', { formId }).getOne();
    if (!form) throw notFound('Form');
    return form;
  }

  private async detail(tx: TenantTx, formId: string): Promise<AdminIntakeForm> {
    if (!isUuid(formId)) throw notFound('Form');
    const form = await tx.findOneBy(IntakeForm, { id: formId });
    if (!form) throw notFound('Form');
    const { entities, raw } = await tx
      .select(IntakeFormVersion, 'v')
      .leftJoin(Agent, 'a', 'a.id = v.published_by_agent_id AND a.organization_id = v.organization_id')
      .addSelect('a.name', 'published_by_name')
      .andWhere('v.form_id = :formId', { formId })
      .orderBy('v.version', 'DESC')
      .getRawAndEntities<{ v_id: string; published_by_name: string | null }>();
    const names = new Map(raw.map((r) => [r.v_id, r.published_by_name]));
    const tickets = await this.ticketCounts(tx, 'version_id', formId);
    const versions: IntakeFormVersionNode[] = entities.map((v) => ({
      id: v.id,
      version: v.version,
      publishedAt: v.publishedAt,
      publishedBy: names.get(v.id) ?? null,
      ticketCount: tickets.get(v.id) ?? 0,
      definition: v.definition,
      mappings: parseMappings(v.mappings),
    }));
    const latest = entities.find((v) => v.version === form.publishedVersion) ?? null;
    const total = versions.reduce((sum, v) => sum + v.ticketCount, 0);
    return {
      ...summarize(form, latest, total),
      draftDefinition: form.draftDefinition,
      draftMappings: parseMappings(form.draftMappings),
      versions,
    };
  }

  /** Each form's latest published version, keyed by form id. */
  private async latestVersions(tx: TenantTx): Promise<Map<string, IntakeFormVersion>> {
    const rows = await tx
      .select(IntakeFormVersion, 'v')
      .innerJoin('v.form', 'f', 'f.id = v.form_id AND f.organization_id = v.organization_id')
      .andWhere('v.version = f.published_version')
      .getMany();
    return new Map(rows.map((v) => [v.formId, v]));
  }

  /** Ticket counts grouped by form or by version, in one statement. */
  private async ticketCounts(tx: TenantTx, by: 'form_id' | 'version_id', formId?: string): Promise<Map<string, number>> {
    const qb = tx
      .select(Ticket, 't')
      .innerJoin(IntakeFormVersion, 'v', 'v.id = t.form_version_id AND v.organization_id = t.organization_id')
      .select(by === 'form_id' ? 'v.form_id' : 'v.id', 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy(by === 'form_id' ? 'v.form_id' : 'v.id');
    if (formId) qb.andWhere('v.form_id = :formId', { formId });
    const rows = await qb.getRawMany<{ key: string; count: number | string }>();
    return new Map(rows.map((r) => [r.key, Number(r.count)]));
  }
}

/** The organization's live custom fields, as the mapping rules read them. */
function liveCustomFields(tx: TenantTx): Promise<CustomFieldDefinition[]> {
  return tx.find(CustomFieldDefinition, { where: { archivedAt: IsNull() } });
}

function summarize(form: IntakeForm, latest: IntakeFormVersion | null, ticketCount: number): AdminIntakeFormSummary {
  const draftMappings = parseMappings(form.draftMappings);
  const unchanged =
    latest !== null && sameJson(latest.definition, form.draftDefinition) && sameJson(parseMappings(latest.mappings), draftMappings);
  const sections = Array.isArray(form.draftDefinition.sections) ? (form.draftDefinition.sections as { fields?: unknown[] }[]) : [];
  return {
    id: form.id,
    slug: form.slug,
    name: form.name,
    description: form.description,
    isActive: form.isActive,
    publishedVersion: form.publishedVersion,
    hasUnpublishedChanges: !unchanged,
    draftFieldCount: sections.reduce((sum, s) => sum + (Array.isArray(s.fields) ? s.fields.length : 0), 0),
    ticketCount,
    updatedAt: form.updatedAt,
  };
}

/** `sections[0].fields[1].label: must not be empty` → its path and message. */
function splitProblem(error: string): MappingProblem {
  const at = error.indexOf(': ');
  return at < 0 ? { path: 'definition', message: error } : { path: error.slice(0, at), message: error.slice(at + 2) };
}

/** BAD_USER_INPUT whose message lists every problem and whose `extensions.problems` carries their paths. */
function problemsError(field: 'definition' | 'mappings', problems: MappingProblem[]): DomainError {
  const what = field === 'definition' ? 'The form' : 'The mappings';
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return new DomainError(ErrorCode.BadUserInput, `${what} ${problems.length === 1 ? 'has' : 'have'} ${count}: ${list}`, {
    field,
    problems,
  });
}

function cleanName(raw: string): string {
  const name = raw.trim();
  if (!name) throw new DomainError(ErrorCode.BadUserInput, 'Give the form a name.', { field: 'name' });
  if (name.length > FORM_NAME_MAX)
    throw new DomainError(ErrorCode.BadUserInput, `Use at most ${FORM_NAME_MAX} characters.`, { field: 'name' });
  if (hasControlCharacters(name, false)) throw new DomainError(ErrorCode.BadUserInput, 'Use a single line.', { field: 'name' });
  return name;
}

function cleanDescription(raw: string): string {
  const description = raw.trim();
  if (description.length > FORM_DESCRIPTION_MAX) {
    throw new DomainError(ErrorCode.BadUserInput, `Use at most ${FORM_DESCRIPTION_MAX} characters.`, { field: 'description' });
  }
  if (hasControlCharacters(description, true)) {
    throw new DomainError(ErrorCode.BadUserInput, 'Remove control characters.', { field: 'description' });
  }
  return description;
}

/** Whether text holds control characters (tabs and line breaks allowed in a paragraph). */
function hasControlCharacters(text: string, paragraph: boolean): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (paragraph && (code === 0x09 || code === 0x0a)) continue;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** A URL-friendly slug from a name, unique among `taken` ("support", "support-2", ...). */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'form';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const slug = `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}

/** Structural equality of JSON values, whatever their key order (jsonb reorders keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
