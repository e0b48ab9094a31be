import { CUSTOM_FIELD_TYPES_FOR_ANSWER, DESCRIPTION_FIELD_TYPES, SUBJECT_FIELD_TYPES } from '@actionconnect/shared';
import type { FieldType, FormDefinition, FormField } from '@actionconnect/shared';
import type { FormMappings } from './intake-form.service';

/** A custom field as the mapping rules see it. */
export interface MappingTarget {
  key: string;
  label: string;
  type: string;
  options: { value: string; label: string }[];
}

/** One problem with a form's mappings, at a path such as `mappings.customFields.product`. */
export interface MappingProblem {
  path: string;
  message: string;
}

const MAPPING_PROPS = ['subject', 'description', 'customFields'];

/** Reads mappings an admin sent, refusing anything of the wrong shape (unlike parseMappings, which tolerates stored rows). */
export function readMappingsInput(raw: unknown): { ok: true; mappings: FormMappings } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: 'mappings', message: 'must be an object with subject, description and customFields' }] };
  }
  const record = raw as Record<string, unknown>;
  for (const prop of Object.keys(record)) {
    if (!MAPPING_PROPS.includes(prop)) problems.push({ path: `mappings.${prop}`, message: 'is not a known property' });
  }
  const key = (prop: 'subject' | 'description'): string | null => {
    const value = record[prop];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') problems.push({ path: `mappings.${prop}`, message: 'must be a question key or null' });
    return typeof value === 'string' ? value : null;
  };
  const subject = key('subject');
  const description = key('description');
  const customFields: Record<string, string> = {};
  const rawFields = record.customFields;
  if (rawFields !== undefined && rawFields !== null) {
    if (typeof rawFields !== 'object' || Array.isArray(rawFields)) {
      problems.push({ path: 'mappings.customFields', message: 'must be an object of question key → custom field key' });
    } else {
      for (const [answerKey, fieldKey] of Object.entries(rawFields)) {
        if (typeof fieldKey !== 'string' || fieldKey === '') {
          problems.push({ path: `mappings.customFields.${answerKey}`, message: 'must be a custom field key' });
        } else {
          customFields[answerKey] = fieldKey;
        }
      }
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, mappings: { subject, description, customFields } };
}

/**
 * Problems with mappings for this definition: every mapped question must exist and be of a type
 * its destination can hold; every custom field must exist (and not be archived), be filled by one
 * question at most, and offer every option value the question can send.
 */
export function mappingProblems(
  definition: FormDefinition,
  mappings: FormMappings,
  customFields: readonly MappingTarget[],
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const questions = new Map<string, FormField>();
  for (const field of definition.sections.flatMap((s) => s.fields)) questions.set(field.key, field);
  const targets = new Map(customFields.map((f) => [f.key, f]));

  const checkTicketField = (prop: 'subject' | 'description', types: readonly FieldType[], what: string) => {
    const key = mappings[prop];
    if (key === null) return;
    const question = questions.get(key);
    if (!question) problems.push({ path: `mappings.${prop}`, message: `"${key}" is not a question of this form` });
    else if (!types.includes(question.type)) {
      problems.push({ path: `mappings.${prop}`, message: `"${question.label}" is ${question.type}; ${what} needs ${types.join(' or ')}` });
    }
  };
  checkTicketField('subject', SUBJECT_FIELD_TYPES, 'the subject');
  checkTicketField('description', DESCRIPTION_FIELD_TYPES, 'the description');

  const filledBy = new Map<string, string>();
  for (const [answerKey, fieldKey] of Object.entries(mappings.customFields)) {
    const path = `mappings.customFields.${answerKey}`;
    const question = questions.get(answerKey);
    const target = targets.get(fieldKey);
    if (!question) {
      problems.push({ path, message: `"${answerKey}" is not a question of this form` });
      continue;
    }
    if (!target) {
      problems.push({ path, message: `"${fieldKey}" is not a custom field of this organization` });
      continue;
    }
    const earlier = filledBy.get(fieldKey);
    if (earlier) {
      problems.push({ path, message: `custom field "${target.label}" is already filled by "${earlier}"` });
      continue;
    }
    filledBy.set(fieldKey, answerKey);
    const accepted = CUSTOM_FIELD_TYPES_FOR_ANSWER[question.type];
    if (!accepted.includes(target.type)) {
      problems.push({ path, message: `"${question.label}" is ${question.type}; custom field "${target.label}" is ${target.type}` });
      continue;
    }
    const known = new Set(target.options.map((o) => o.value));
    const missing = (question.options ?? []).filter((o) => !known.has(o.value));
    if (missing.length) {
      const list = missing.map((o) => `"${o.value}"`).join(', ');
      problems.push({ path, message: `custom field "${target.label}" has no option ${list}` });
    }
  }
  return problems;
}
