import {
  FORM_LIMITS,
  type ChoiceOption,
  type FieldType,
  type FormDefinition,
  type FormField,
  type FormSection,
} from '@actionconnect/shared';
import { repairConditions, type RepairNote } from './form-conditions.util';
import { repairMappings, type DraftMappings } from './form-mappings.util';

/** Everything the builder edits and saves at once. */
export interface FormDraft {
  name: string;
  description: string;
  definition: FormDefinition;
  mappings: DraftMappings;
}

/** Where a question sits. */
export interface FieldAddress {
  section: number;
  field: number;
}

/** The outcome of an edit: the new draft, what had to be dropped to keep it valid, and where the edited question went. */
export interface EditResult {
  draft: FormDraft;
  notes: RepairNote[];
  address?: FieldAddress;
}

/** Field types in the builder's words, in the order it offers them. */
export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  short_text: 'Short text',
  long_text: 'Long text',
  email: 'Email',
  number: 'Number',
  date: 'Date',
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  checkbox: 'Checkbox',
  file: 'File upload',
};

const KEY_SHAPE = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Whether a type asks the person to pick among options. */
export function isChoiceType(type: FieldType): boolean {
  return type === 'single_choice' || type === 'multiple_choice';
}

/** Every question of the form in document order. */
export function allFields(definition: FormDefinition): FormField[] {
  return definition.sections.flatMap((s) => s.fields);
}

/** Section and question keys in use (they share one namespace in the validator). */
export function takenKeys(definition: FormDefinition): Set<string> {
  return new Set(definition.sections.flatMap((s) => [s.key, ...s.fields.map((f) => f.key)]));
}

/** A key from a label: "Order number" → order_number; never empty, always starting with a letter. */
export function keyFromLabel(label: string): string {
  const base = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, FORM_LIMITS.maxKeyLength - 4);
  if (base === '') return 'question';
  return /^[a-z]/.test(base) ? base : `q_${base}`;
}

/** `base`, or `base_2`, `base_3`… whichever is free. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base) && !(base in Object.prototype)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Why a key cannot be used for a question, or null. */
export function keyProblem(key: string, taken: ReadonlySet<string>): string | null {
  if (!KEY_SHAPE.test(key) || key.length > FORM_LIMITS.maxKeyLength) {
    return `Start with a letter; use letters, digits and underscores (at most ${FORM_LIMITS.maxKeyLength}).`;
  }
  if (key in Object.prototype) return `“${key}” is reserved.`;
  if (taken.has(key)) return `“${key}” is already used in this form.`;
  return null;
}

/** Default options of a new choice question. */
export function starterOptions(): ChoiceOption[] {
  return [
    { value: 'option_1', label: 'Option 1' },
    { value: 'option_2', label: 'Option 2' },
  ];
}

/** A new question of a type, valid as it stands. */
export function newField(type: FieldType, key: string): FormField {
  return isChoiceType(type)
    ? { key, type, label: 'Untitled question', options: starterOptions() }
    : { key, type, label: 'Untitled question' };
}

/**
 * The question with another type: what still applies is kept (label, help, required, condition,
 * options between choice types, lengths between text types), what no longer applies is dropped.
 */
export function changeFieldType(field: FormField, type: FieldType): FormField {
  const next: FormField = { key: field.key, type, label: field.label };
  if (field.helpText !== undefined) next.helpText = field.helpText;
  if (field.required !== undefined) next.required = field.required;
  if (field.condition) next.condition = field.condition;
  if (isChoiceType(type)) next.options = field.options?.length ? field.options : starterOptions();
  if (type === 'short_text' || type === 'long_text') {
    if (field.minLength !== undefined) next.minLength = field.minLength;
    if (field.maxLength !== undefined) next.maxLength = field.maxLength;
  }
  if (type === 'number') {
    if (field.min !== undefined) next.min = field.min;
    if (field.max !== undefined) next.max = field.max;
  }
  if ((type === 'short_text' || type === 'email') && field.pattern !== undefined) next.pattern = field.pattern;
  if (type === 'file' && field.maxFiles !== undefined) next.maxFiles = field.maxFiles;
  return next;
}

/** Re-checks conditions and mappings after a structural edit. */
export function settle(draft: FormDraft, address?: FieldAddress): EditResult {
  const conditions = repairConditions(draft.definition);
  const mappings = repairMappings(conditions.definition, draft.mappings);
  return {
    draft: { ...draft, definition: conditions.definition, mappings: mappings.mappings },
    notes: [...conditions.notes, ...mappings.notes],
    address,
  };
}

function withSections(draft: FormDraft, sections: FormSection[]): FormDraft {
  return { ...draft, definition: { sections } };
}

function withFields(draft: FormDraft, section: number, fields: FormField[]): FormDraft {
  return withSections(
    draft,
    draft.definition.sections.map((s, i) => (i === section ? { ...s, fields } : s)),
  );
}

/** Adds a question of a type at the end of a section. */
export function addField(draft: FormDraft, section: number, type: FieldType): EditResult {
  const key = uniqueKey(`question_${allFields(draft.definition).length + 1}`, takenKeys(draft.definition));
  const fields = [...draft.definition.sections[section].fields, newField(type, key)];
  return settle(withFields(draft, section, fields), { section, field: fields.length - 1 });
}

/** Replaces a question (same place); rules and mappings that no longer fit are dropped. */
export function replaceField(draft: FormDraft, at: FieldAddress, field: FormField): EditResult {
  const fields = draft.definition.sections[at.section].fields.map((f, i) => (i === at.field ? field : f));
  return settle(withFields(draft, at.section, fields), at);
}

/** Removes a question, and every rule and mapping that used it. */
export function removeField(draft: FormDraft, at: FieldAddress): EditResult {
  const fields = draft.definition.sections[at.section].fields.filter((_, i) => i !== at.field);
  return settle(withFields(draft, at.section, fields));
}

/**
 * Moves a question one place up or down. At the edge of its section it crosses into the
 * neighbouring section (last place of the previous one, first of the next). Rules that would now
 * refer to a later question are dropped and reported.
 */
export function moveField(draft: FormDraft, at: FieldAddress, direction: -1 | 1): EditResult {
  const sections = draft.definition.sections.map((s) => ({ ...s, fields: [...s.fields] }));
  const from = sections[at.section].fields;
  const [field] = from.splice(at.field, 1);
  let to: FieldAddress;
  if (direction === -1 && at.field > 0) to = { section: at.section, field: at.field - 1 };
  else if (direction === 1 && at.field < from.length) to = { section: at.section, field: at.field + 1 };
  else if (direction === -1 && at.section > 0) to = { section: at.section - 1, field: sections[at.section - 1].fields.length };
  else if (direction === 1 && at.section < sections.length - 1) to = { section: at.section + 1, field: 0 };
  else return { draft, notes: [], address: at };
  sections[to.section].fields.splice(to.field, 0, field);
  return settle(withSections(draft, sections), to);
}

/** Whether a question can move that way at all. */
export function canMoveField(definition: FormDefinition, at: FieldAddress, direction: -1 | 1): boolean {
  if (direction === -1) return at.field > 0 || at.section > 0;
  return at.field < definition.sections[at.section].fields.length - 1 || at.section < definition.sections.length - 1;
}

/** Adds an empty section at the end. */
export function addSection(draft: FormDraft): EditResult {
  const key = uniqueKey(`section_${draft.definition.sections.length + 1}`, takenKeys(draft.definition));
  return settle(withSections(draft, [...draft.definition.sections, { key, title: 'New section', fields: [] }]));
}

/** Replaces a section's own properties (title, description, condition), keeping its questions. */
export function replaceSection(draft: FormDraft, index: number, section: Omit<FormSection, 'fields'>): EditResult {
  return settle(
    withSections(
      draft,
      draft.definition.sections.map((s, i) => (i === index ? { ...section, fields: s.fields } : s)),
    ),
  );
}

/** Removes a section with its questions. */
export function removeSection(draft: FormDraft, index: number): EditResult {
  return settle(
    withSections(
      draft,
      draft.definition.sections.filter((_, i) => i !== index),
    ),
  );
}

/** Swaps a section with its neighbour. */
export function moveSection(draft: FormDraft, index: number, direction: -1 | 1): EditResult {
  const target = index + direction;
  if (target < 0 || target >= draft.definition.sections.length) return { draft, notes: [] };
  const sections = [...draft.definition.sections];
  [sections[index], sections[target]] = [sections[target], sections[index]];
  return settle(withSections(draft, sections));
}

/**
 * Gives a question a new key, following it everywhere it is referred to (rules and mappings), so
 * renaming never silently breaks a condition.
 */
export function renameFieldKey(draft: FormDraft, at: FieldAddress, key: string): EditResult {
  const old = draft.definition.sections[at.section].fields[at.field].key;
  const follow = (k: string) => (k === old ? key : k);
  const sections = draft.definition.sections.map((s, si) => ({
    ...s,
    ...(s.condition ? { condition: { ...s.condition, rules: s.condition.rules.map((r) => ({ ...r, field: follow(r.field) })) } } : {}),
    fields: s.fields.map((f, fi) => {
      const renamed = si === at.section && fi === at.field ? { ...f, key } : f;
      if (!renamed.condition) return renamed;
      return {
        ...renamed,
        condition: { ...renamed.condition, rules: renamed.condition.rules.map((r) => ({ ...r, field: follow(r.field) })) },
      };
    }),
  }));
  const m = draft.mappings;
  const mappings: DraftMappings = {
    subject: m.subject === null ? null : follow(m.subject),
    description: m.description === null ? null : follow(m.description),
    customFields: Object.fromEntries(Object.entries(m.customFields).map(([q, c]) => [follow(q), c])),
  };
  return settle({ ...draft, definition: { sections }, mappings }, at);
}

/** Changes an option's value on a choice question, carrying rules that tested the old value along. */
export function renameOptionValue(draft: FormDraft, at: FieldAddress, index: number, value: string): EditResult {
  const field = draft.definition.sections[at.section].fields[at.field];
  const old = field.options?.[index]?.value;
  const options = (field.options ?? []).map((o, i) => (i === index ? { ...o, value } : o));
  const retarget = <T extends { condition?: FormField['condition'] }>(host: T): T =>
    host.condition
      ? {
          ...host,
          condition: {
            ...host.condition,
            rules: host.condition.rules.map((r) => (r.field === field.key && r.value === old ? { ...r, value } : r)),
          },
        }
      : host;
  const sections = draft.definition.sections.map((s, si) => ({
    ...retarget(s),
    fields: s.fields.map((f, fi) => retarget(si === at.section && fi === at.field ? { ...f, options } : f)),
  }));
  return settle({ ...draft, definition: { sections } }, at);
}

/** Where each validator problem belongs in the editor: a question, a section, or the form as a whole. */
export interface PlacedProblems {
  fields: Map<string, string[]>;
  sections: Map<number, string[]>;
  form: string[];
}

/** The key of a question's slot in PlacedProblems.fields. */
export function addressKey(at: FieldAddress): string {
  return `${at.section}.${at.field}`;
}

const PROBLEM_PATH = /^sections\[(\d+)\](?:\.fields\[(\d+)\])?(?:\.(\S+))?: (.*)$/;

/** Sorts validateFormDefinition's `path: problem` strings by the question or section they concern. */
export function placeProblems(errors: readonly string[]): PlacedProblems {
  const placed: PlacedProblems = { fields: new Map(), sections: new Map(), form: [] };
  for (const error of errors) {
    const match = PROBLEM_PATH.exec(error);
    if (!match) {
      placed.form.push(error);
      continue;
    }
    const [, section, field, property, problem] = match;
    const message = property ? `${humanProperty(property)}: ${problem}` : problem;
    if (field === undefined) {
      const list = placed.sections.get(Number(section)) ?? [];
      placed.sections.set(Number(section), [...list, message]);
    } else {
      const key = addressKey({ section: Number(section), field: Number(field) });
      placed.fields.set(key, [...(placed.fields.get(key) ?? []), message]);
    }
  }
  return placed;
}

function humanProperty(property: string): string {
  return property
    .replace(/^condition\.rules\[(\d+)\]\.?/, (_, i: string) => `Rule ${Number(i) + 1} `)
    .replace(/^options\[(\d+)\]\.?/, (_, i: string) => `Option ${Number(i) + 1} `)
    .replace(/helpText/, 'help text')
    .replace(/minLength/, 'minimum length')
    .replace(/maxLength/, 'maximum length')
    .trim();
}

/** A stored definition as the editor reads it; anything not shaped like a form reads as an empty one. */
export function readDefinition(raw: unknown): FormDefinition {
  if (raw && typeof raw === 'object' && Array.isArray((raw as { sections?: unknown }).sections)) return raw as FormDefinition;
  return { sections: [] };
}

/** Whether two drafts say the same thing, whatever their key order (the server stores jsonb, which reorders keys). */
export function sameDraft(a: FormDraft, b: FormDraft): boolean {
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
