import { CUSTOM_FIELD_TYPES, evaluateSubmission, type AnswerValue, type FieldType, type FormDefinition } from '@actionconnect/shared';

/** A custom field's definition, as `customFieldDefinitions` lists it. */
export interface CustomFieldDef {
  key: string;
  label: string;
  type: string;
  options: readonly { value: string; label: string }[];
}

/** What an editor holds while an agent types: text for text, numbers and dates; lists; a boolean. */
export type EditorValue = string | string[] | boolean;

/** The field's type, when the engine knows it; other types are shown read-only. */
export function knownFieldType(type: string): FieldType | null {
  return CUSTOM_FIELD_TYPES.find((t) => t === type) ?? null;
}

/** The editor's starting value for a stored value. */
export function editorValueOf(type: string, stored: unknown): EditorValue {
  if (type === 'checkbox') return stored === true;
  if (type === 'multiple_choice') return Array.isArray(stored) ? stored.filter((v): v is string => typeof v === 'string') : [];
  if (stored === null || stored === undefined) return '';
  return String(stored);
}

/** An edited value checked as the server will check it: the value to send (null clears), or why not. */
export type CheckedValue = { ok: true; value: AnswerValue | null } | { ok: false; message: string };

/**
 * Judges an edited value with the shared engine, exactly as the server's coerceCustomFieldValue
 * does (a one-question form), so the message under the input is the one the server would give.
 */
export function checkFieldValue(field: CustomFieldDef, value: EditorValue): CheckedValue {
  const type = knownFieldType(field.type);
  if (!type) return { ok: false, message: `Fields of type ${field.type} cannot be edited here.` };
  const form: FormDefinition = {
    sections: [{ key: 'field', title: field.label, fields: [{ key: 'value', type, label: field.label, options: [...field.options] }] }],
  };
  const result = evaluateSubmission(form, { value });
  if (!result.ok) return { ok: false, message: result.errors[0]?.message ?? 'This value is not valid.' };
  return { ok: true, value: result.answers.value ?? null };
}

/** The edits that change something, ready for `updateTicket`'s customFields, or the problems that stop saving. */
export function fieldChanges(
  fields: readonly CustomFieldDef[],
  stored: ReadonlyMap<string, unknown>,
  edits: Readonly<Record<string, EditorValue>>,
): { changes: { key: string; value: AnswerValue | null }[]; problems: Record<string, string> } {
  const changes: { key: string; value: AnswerValue | null }[] = [];
  const problems: Record<string, string> = {};
  for (const field of fields) {
    if (!(field.key in edits)) continue;
    const checked = checkFieldValue(field, edits[field.key]);
    if (!checked.ok) {
      problems[field.key] = checked.message;
      continue;
    }
    if (!sameValue(stored.get(field.key) ?? null, checked.value)) changes.push({ key: field.key, value: checked.value });
  }
  return { changes, problems };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
