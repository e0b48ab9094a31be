import { CUSTOM_FIELD_TYPES, FORM_LIMITS, validateFormDefinition, type ChoiceOption, type FieldType } from '@actionconnect/shared';

/** What the custom field editor holds while an admin types. */
export interface CustomFieldDraft {
  /** Empty: the server derives it from the label. */
  key: string;
  label: string;
  type: FieldType;
  options: ChoiceOption[];
  visibleToContact: boolean;
}

/** The inputs of the editor that can carry a message. */
export type CustomFieldInput = 'key' | 'label' | 'type' | 'options';

/** Custom field types in the admin's words (the same types as form questions). */
export const CUSTOM_FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  short_text: 'Short text',
  long_text: 'Long text',
  email: 'Email',
  number: 'Number',
  date: 'Date',
  single_choice: 'Dropdown (one choice)',
  multiple_choice: 'Multiple choice',
  checkbox: 'Checkbox (yes/no)',
  // Not offered (CUSTOM_FIELD_TYPES leaves it out): files live on messages.
  file: 'File',
};

/** A field as the API lists it. */
export interface StoredCustomField {
  key: string;
  label: string;
  type: string;
  options: readonly ChoiceOption[];
  visibleToContact: boolean;
}

/** Whether a type has options. */
export function hasOptions(type: FieldType): boolean {
  return type === 'single_choice' || type === 'multiple_choice';
}

/** A blank new field: short text, agent-only. */
export function emptyCustomField(): CustomFieldDraft {
  return { key: '', label: '', type: 'short_text', options: [], visibleToContact: false };
}

/** The editor's state for an existing field. */
export function draftFromStored(field: StoredCustomField): CustomFieldDraft {
  const type = CUSTOM_FIELD_TYPES.find((t) => t === field.type) ?? 'short_text';
  return {
    key: field.key,
    label: field.label,
    type,
    options: field.options.map((o) => ({ value: o.value, label: o.label })),
    visibleToContact: field.visibleToContact,
  };
}

/** The draft with another type: options appear for choice types (two to start) and go away for others. */
export function withType(draft: CustomFieldDraft, type: FieldType): CustomFieldDraft {
  if (!hasOptions(type)) return { ...draft, type, options: [] };
  const options = draft.options.length
    ? draft.options
    : [
        { value: 'option_1', label: 'Option 1' },
        { value: 'option_2', label: 'Option 2' },
      ];
  return { ...draft, type, options };
}

/**
 * The first problem with each input, judged by the same rules the server applies: the shared
 * form validator reads a custom field as a one-question form, so keys, labels and options are
 * held to exactly what intake forms accept.
 */
export function customFieldProblems(
  draft: CustomFieldDraft,
  takenKeys: ReadonlySet<string>,
  isNew: boolean,
): Partial<Record<CustomFieldInput, string>> {
  const problems: Partial<Record<CustomFieldInput, string>> = {};
  if (isNew && draft.key && takenKeys.has(draft.key)) problems.key = `“${draft.key}” is already used by another field.`;
  if (!draft.label.trim()) problems.label = 'Give the field a label.';
  const key = draft.key || 'field';
  const probe = {
    sections: [
      {
        key: 'section',
        title: 'Section',
        fields: [{ key, type: draft.type, label: draft.label || 'x', ...(hasOptions(draft.type) ? { options: draft.options } : {}) }],
      },
    ],
  };
  const result = validateFormDefinition(probe);
  if (!result.ok) {
    for (const error of result.errors) {
      const match = /^sections\[0\]\.fields\[0\]\.([A-Za-z]+)(\S*): (.*)$/.exec(error);
      if (!match) continue;
      const input = match[1] as CustomFieldInput;
      if (!['key', 'label', 'type', 'options'].includes(input) || problems[input]) continue;
      const where = match[2] ? `${humanOption(match[2])}: ` : '';
      problems[input] =
        input === 'key'
          ? `Start with a letter; use letters, digits and underscores (at most ${FORM_LIMITS.maxKeyLength}).`
          : `${where}${match[3]}`;
    }
  }
  return problems;
}

function humanOption(path: string): string {
  const match = /^\[(\d+)\]\.?(\w*)$/.exec(path);
  return match ? `Option ${Number(match[1]) + 1}${match[2] ? ` ${match[2]}` : ''}` : path;
}

/** The 1-based place to send to `updateCustomField` to move the field at `index` one step. */
export function movedPosition(index: number, direction: -1 | 1): number {
  return index + 1 + direction;
}
