/** The kinds of question an intake form can ask. */
export type FieldType =
  'short_text' | 'long_text' | 'email' | 'number' | 'date' | 'single_choice' | 'multiple_choice' | 'checkbox' | 'file';

/** Every field type, in the order the form builder offers them. */
export const FIELD_TYPES: readonly FieldType[] = Object.freeze([
  'short_text',
  'long_text',
  'email',
  'number',
  'date',
  'single_choice',
  'multiple_choice',
  'checkbox',
  'file',
]);

/** The types a ticket's custom field can have: every question type but file (files live on messages). */
export const CUSTOM_FIELD_TYPES: readonly FieldType[] = Object.freeze(FIELD_TYPES.filter((type) => type !== 'file'));

export type RuleOp = 'equals' | 'not_equals' | 'includes' | 'answered' | 'gt' | 'lt';

/** Every rule operator. */
export const RULE_OPS: readonly RuleOp[] = Object.freeze(['equals', 'not_equals', 'includes', 'answered', 'gt', 'lt']);

/** One test against the answer to an earlier field. */
export interface Rule {
  field: string;
  op: RuleOp;
  value?: string | number | boolean;
}

/** `all`: every rule holds; `any`: at least one does. An empty rule list always holds. */
export interface Condition {
  match: 'all' | 'any';
  rules: Rule[];
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface FormField {
  key: string;
  type: FieldType;
  label: string;
  helpText?: string;
  required?: boolean;
  /** Only for single_choice and multiple_choice. */
  options?: ChoiceOption[];
  /** Only for short_text and long_text; counted in UTF-16 code units, as the browser's maxlength does. */
  minLength?: number;
  maxLength?: number;
  /** Only for number. */
  min?: number;
  max?: number;
  /** Only for short_text and email; the whole answer must match, as with the HTML `pattern` attribute. */
  pattern?: string;
  /** Only for file: how many files the answer may hold, 1 to MAX_FILES_PER_MESSAGE (the default). */
  maxFiles?: number;
  condition?: Condition;
}

export interface FormSection {
  key: string;
  title: string;
  description?: string;
  condition?: Condition;
  fields: FormField[];
}

export interface FormDefinition {
  sections: FormSection[];
}

/** A file field's answer is a list of attachment ids (uploads of the person answering). */
export type AnswerValue = string | number | boolean | string[];

export type Answers = Record<string, AnswerValue | null | undefined>;
