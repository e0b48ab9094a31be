import { CUSTOM_FIELD_TYPES_FOR_ANSWER, DESCRIPTION_FIELD_TYPES, SUBJECT_FIELD_TYPES } from '@actionconnect/shared';
import type { FieldType, FormDefinition, FormField } from '@actionconnect/shared';
import type { RepairNote } from './form-conditions.util';

/** Which answers fill which ticket fields (the server's `draftMappings`). */
export interface DraftMappings {
  /** Question whose answer becomes the ticket subject. */
  subject: string | null;
  /** Question whose answer becomes the first message. */
  description: string | null;
  /** Question key → custom field key. */
  customFields: Record<string, string>;
}

/** A custom field as the mapping editor needs it. */
export interface MappableField {
  key: string;
  label: string;
  type: string;
  options: readonly { value: string; label: string }[];
}

/** No mappings at all. */
export const NO_MAPPINGS: DraftMappings = Object.freeze({ subject: null, description: null, customFields: Object.freeze({}) });

/** Reads the server's JSON, ignoring anything of the wrong shape. */
export function readMappings(raw: unknown): DraftMappings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ...NO_MAPPINGS, customFields: {} };
  const record = raw as Record<string, unknown>;
  const key = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const customFields: Record<string, string> = {};
  if (record.customFields && typeof record.customFields === 'object' && !Array.isArray(record.customFields)) {
    for (const [q, c] of Object.entries(record.customFields)) if (typeof c === 'string' && c) customFields[q] = c;
  }
  return { subject: key(record.subject), description: key(record.description), customFields };
}

/** Whether a custom field can hold this question's answers: a suitable type and every option the question offers. */
export function canFill(question: FormField, target: MappableField): boolean {
  if (!CUSTOM_FIELD_TYPES_FOR_ANSWER[question.type].includes(target.type)) return false;
  const known = new Set(target.options.map((o) => o.value));
  return (question.options ?? []).every((o) => known.has(o.value));
}

/** The custom fields a question may fill, leaving out those another question already fills. */
export function fillableFields(question: FormField, mappings: DraftMappings, fields: readonly MappableField[]): MappableField[] {
  const takenBy = new Map(Object.entries(mappings.customFields).map(([q, c]) => [c, q]));
  return fields.filter((f) => canFill(question, f) && (takenBy.get(f.key) ?? question.key) === question.key);
}

/**
 * Drops mappings whose question is gone or can no longer fill the ticket's subject or description
 * (custom field fit is checked by mappingIssues, which knows the custom fields).
 */
export function repairMappings(definition: FormDefinition, mappings: DraftMappings): { mappings: DraftMappings; notes: RepairNote[] } {
  const questions = new Map(definition.sections.flatMap((s) => s.fields).map((f) => [f.key, f]));
  const notes: RepairNote[] = [];
  const keep = (key: string | null, types: readonly FieldType[], what: string): string | null => {
    if (key === null) return null;
    const question = questions.get(key);
    if (question && types.includes(question.type)) return key;
    notes.push({ where: what, why: question ? `“${question.label}” can no longer fill it` : `the question “${key}” was removed` });
    return null;
  };
  const subject = keep(mappings.subject, SUBJECT_FIELD_TYPES, 'Ticket subject');
  const description = keep(mappings.description, DESCRIPTION_FIELD_TYPES, 'Ticket description');
  const customFields: Record<string, string> = {};
  for (const [q, c] of Object.entries(mappings.customFields)) {
    if (questions.has(q)) customFields[q] = c;
    else notes.push({ where: `Custom field “${c}”`, why: `the question “${q}” was removed` });
  }
  if (!notes.length) return { mappings, notes };
  return { mappings: { subject, description, customFields }, notes };
}

/** Mappings that name a custom field which no longer exists or cannot hold the answers, keyed by question. */
export function mappingIssues(definition: FormDefinition, mappings: DraftMappings, fields: readonly MappableField[]): Map<string, string> {
  const questions = new Map(definition.sections.flatMap((s) => s.fields).map((f) => [f.key, f]));
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const issues = new Map<string, string>();
  for (const [q, c] of Object.entries(mappings.customFields)) {
    const question = questions.get(q);
    const target = byKey.get(c);
    if (!question) continue;
    if (!target) issues.set(q, `The custom field “${c}” no longer exists.`);
    else if (!canFill(question, target)) issues.set(q, `“${target.label}” cannot hold the answers to “${question.label}”.`);
  }
  return issues;
}
