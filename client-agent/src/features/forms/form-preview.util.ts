import {
  computeVisibility,
  evaluateSubmission,
  type Answers,
  type AnswerValue,
  type FormDefinition,
  type FormField,
} from '@actionconnect/shared';
import type { DraftMappings, MappableField } from './form-mappings.util';

/** What the preview shows after "Try submitting": the server's verdict, and the ticket it would make. */
export type PreviewOutcome =
  | { ok: false; errors: Record<string, string> }
  | {
      ok: true;
      subject: string;
      /** Where the first message comes from, in words. */
      description: string;
      fields: { label: string; value: string }[];
      /** Answers given to questions that are hidden now: the server drops them. */
      dropped: number;
    };

/** How many questions the current answers hide, of how many. */
export function hiddenCount(definition: FormDefinition, answers: Answers): { hidden: number; total: number } {
  const total = definition.sections.reduce((sum, s) => sum + s.fields.length, 0);
  return { hidden: total - computeVisibility(definition, answers).fields.size, total };
}

/**
 * Runs the answers through the same evaluateSubmission the server runs, and describes the ticket
 * that would result: subject and description from the mappings (the form name and a summary of
 * the answers otherwise) and the custom fields the mappings fill.
 */
export function previewSubmission(
  definition: FormDefinition,
  answers: Answers,
  mappings: DraftMappings,
  formName: string,
  customFields: readonly MappableField[],
): PreviewOutcome {
  const result = evaluateSubmission(definition, answers);
  if (!result.ok) {
    const errors: Record<string, string> = {};
    for (const e of result.errors) errors[e.field] ??= e.message;
    return { ok: false, errors };
  }
  const kept = result.answers;
  const questions = new Map(definition.sections.flatMap((s) => s.fields).map((f) => [f.key, f]));
  const text = (key: string | null) => (key && typeof kept[key] === 'string' ? (kept[key] as string) : null);
  const byKey = new Map(customFields.map((f) => [f.key, f]));
  const fields = Object.entries(mappings.customFields).flatMap(([q, c]) => {
    const value = kept[q];
    const question = questions.get(q);
    if (value === undefined || value === null || !question) return [];
    return [{ label: byKey.get(c)?.label ?? c, value: displayValue(question, value) }];
  });
  const given = Object.entries(answers).filter(
    ([, v]) => v !== undefined && v !== null && v !== '' && v !== false && !(Array.isArray(v) && !v.length),
  );
  return {
    ok: true,
    subject: text(mappings.subject)?.slice(0, 200) ?? formName,
    description: text(mappings.description) ?? 'A summary of the answers',
    fields,
    dropped: given.filter(([key]) => kept[key] === undefined && questions.has(key)).length,
  };
}

/** An answer as a person reads it: option labels, Yes for a checked box. */
export function displayValue(field: FormField, value: AnswerValue): string {
  const label = (v: string) => field.options?.find((o) => o.value === v)?.label ?? v;
  if (value === true) return 'Yes';
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'string' && field.options) return label(value);
  return String(value);
}
