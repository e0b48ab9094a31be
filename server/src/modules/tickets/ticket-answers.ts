import { computeVisibility, type Answers, type FormDefinition, type FormField } from '@actionconnect/shared';
import type { TicketAnswer } from './ticket.types';

/**
 * The answers a requester gave, labelled by the ticket's own form version, in form order. Only
 * answers to questions that are visible for these answers are returned: the server already dropped
 * hidden ones on submit, and this keeps older or imported rows to the same promise.
 */
export function portalAnswers(definition: FormDefinition, stored: Record<string, unknown>): TicketAnswer[] {
  const answers = stored as Answers; // computeVisibility reads every value through the form's own type checks
  const visible = computeVisibility(definition, answers).fields;
  const result: TicketAnswer[] = [];
  const seen = new Set<string>();
  for (const field of definition.sections.flatMap((s) => s.fields)) {
    if (seen.has(field.key) || !visible.has(field.key) || !Object.hasOwn(stored, field.key)) continue;
    seen.add(field.key);
    const value = displayAnswer(field, stored[field.key]);
    if (value !== null) result.push({ key: field.key, label: field.label, value });
  }
  return result;
}

/** An answer as a person reads it, or null when there is nothing to show. */
export function displayAnswer(field: FormField, value: unknown): string | null {
  const label = (v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v);
  if (value === null || value === undefined || value === '' || value === false) return null;
  if (field.type === 'checkbox') return value === true ? 'Yes' : null;
  if (field.type === 'single_choice') return label(value);
  if (Array.isArray(value)) return value.length ? value.map(label).join(', ') : null;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return null;
}
