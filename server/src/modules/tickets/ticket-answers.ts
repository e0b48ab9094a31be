import { computeVisibility, type Answers, type FormDefinition, type FormField } from '@actionconnect/shared';
import type { TicketAnswer } from './ticket.types';

/** File ids answered to the form's file fields, to look their names up before `portalAnswers`. */
export function fileAnswerIds(definition: FormDefinition, stored: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const field of definition.sections.flatMap((s) => s.fields)) {
    const value = stored[field.key];
    if (field.type === 'file' && Array.isArray(value)) ids.push(...value.filter((v): v is string => typeof v === 'string'));
  }
  return ids;
}

/**
 * The answers a requester gave, labelled by the ticket's own form version, in form order. Only
 * answers to questions that are visible for these answers are returned: the server already dropped
 * hidden ones on submit, and this keeps older or imported rows to the same promise.
 */
export function portalAnswers(
  definition: FormDefinition,
  stored: Record<string, unknown>,
  /** Names of the attached files the reader may see, by id; a file answer shows these names (none known: not shown). */
  fileNames: ReadonlyMap<string, string> = new Map(),
): TicketAnswer[] {
  const answers = stored as Answers; // computeVisibility reads every value through the form's own type checks
  const visible = computeVisibility(definition, answers).fields;
  const result: TicketAnswer[] = [];
  const seen = new Set<string>();
  for (const field of definition.sections.flatMap((s) => s.fields)) {
    if (seen.has(field.key) || !visible.has(field.key) || !Object.hasOwn(stored, field.key)) continue;
    seen.add(field.key);
    const value = displayAnswer(field, stored[field.key], fileNames);
    if (value !== null) result.push({ key: field.key, label: field.label, value });
  }
  return result;
}

/** An answer as a person reads it, or null when there is nothing to show. */
export function displayAnswer(field: FormField, value: unknown, fileNames: ReadonlyMap<string, string> = new Map()): string | null {
  const label = (v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v);
  if (value === null || value === undefined || value === '' || value === false) return null;
  if (field.type === 'file') {
    // Ids mean nothing to a person, and a file the reader may not see (or one since removed) is not named.
    const names = Array.isArray(value) ? value.flatMap((id) => fileNames.get(String(id).toLowerCase()) ?? []) : [];
    return names.length ? names.join(', ') : null;
  }
  if (field.type === 'checkbox') return value === true ? 'Yes' : null;
  if (field.type === 'single_choice') return label(value);
  if (Array.isArray(value)) return value.length ? value.map(label).join(', ') : null;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return null;
}
