import { MAX_FILES_PER_MESSAGE } from '../attachments/attachment-limits';
import { MAX_TEXT_LENGTH, FORM_LIMITS } from './form-limits.constants';
import { fieldPatternProblem } from './field-pattern.util';
import {
  FIELD_TYPES,
  RULE_OPS,
  type ChoiceOption,
  type Condition,
  type FieldType,
  type FormDefinition,
  type FormField,
  type FormSection,
  type Rule,
  type RuleOp,
} from './form.types';
import { readRuleValue } from './rule.interpreter';

export type FormValidationResult = { ok: true; form: FormDefinition } | { ok: false; errors: string[] };

type UnknownRecord = Record<string, unknown>;

// Keys become property names in answer objects that every app reads with answers[key]; a key
// such as "constructor" or "__proto__" would read Object.prototype's member instead.
const KEY_SHAPE = /^[A-Za-z][A-Za-z0-9_]*$/;
// eslint-disable-next-line no-control-regex -- the point is to reject control characters
const LINE_FORBIDDEN = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- the point is to reject control characters
const PARAGRAPH_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f]/;

interface TextSpec {
  max: number;
  multiline: boolean;
  required: boolean;
}
const LABEL_TEXT: TextSpec = { max: FORM_LIMITS.maxLabelLength, multiline: false, required: true };
const HELP_TEXT: TextSpec = { max: FORM_LIMITS.maxHelpTextLength, multiline: true, required: false };
const OPTION_VALUE_TEXT: TextSpec = { max: FORM_LIMITS.maxOptionValueLength, multiline: false, required: true };

const CHOICE_TYPES: readonly FieldType[] = ['single_choice', 'multiple_choice'];
const LENGTH_TYPES: readonly FieldType[] = ['short_text', 'long_text'];
const PATTERN_TYPES: readonly FieldType[] = ['short_text', 'email'];

const FORM_PROPS = ['sections'];
const SECTION_PROPS = ['key', 'title', 'description', 'condition', 'fields'];
const FIELD_PROPS = [
  'key',
  'type',
  'label',
  'helpText',
  'required',
  'options',
  'minLength',
  'maxLength',
  'min',
  'max',
  'pattern',
  'maxFiles',
  'condition',
];
const CONDITION_PROPS = ['match', 'rules'];
const RULE_PROPS = ['field', 'op', 'value'];
const OPTION_PROPS = ['value', 'label'];

/**
 * Checks a form definition an admin wants to save and returns a clean copy (unknown properties
 * refused, text trimmed, rule values normalized to their field's type) or every problem found,
 * each prefixed with its path, e.g. `sections[0].fields[2].condition.rules[0].field: …`.
 */
export function validateFormDefinition(def: unknown): FormValidationResult {
  return new FormDefinitionChecker().check(def);
}

class FormDefinitionChecker {
  private readonly errors: string[] = [];
  private readonly usedKeys = new Set<string>();
  /** Every field key in the document, so a forward reference can be told apart from a typo. */
  private readonly allFieldKeys = new Set<string>();
  /** Fields already checked, in document order: the only ones a rule may refer to. */
  private readonly earlierFields = new Map<string, FormField>();
  /** Earlier fields too broken to check rules against; their own errors already say why. */
  private readonly brokenFieldKeys = new Set<string>();

  check(def: unknown): FormValidationResult {
    if (!isRecord(def) || !Array.isArray(def.sections)) {
      return { ok: false, errors: ['form: must be an object with a "sections" array'] };
    }
    this.refuseUnknownProps(def, FORM_PROPS, 'form');
    const rawSections: unknown[] = def.sections;
    if (rawSections.length > FORM_LIMITS.maxSections) {
      return { ok: false, errors: [`sections: at most ${FORM_LIMITS.maxSections} sections are allowed`] };
    }
    const fieldCount = rawSections.reduce<number>(
      (sum, section) => sum + (isRecord(section) && Array.isArray(section.fields) ? section.fields.length : 0),
      0,
    );
    if (fieldCount > FORM_LIMITS.maxFields) {
      return { ok: false, errors: [`sections: at most ${FORM_LIMITS.maxFields} fields are allowed in a form`] };
    }
    for (const section of rawSections) {
      if (!isRecord(section) || !Array.isArray(section.fields)) continue;
      for (const field of section.fields) {
        if (isRecord(field) && typeof field.key === 'string') this.allFieldKeys.add(field.key);
      }
    }

    const sections = rawSections.map((section, i) => this.checkSection(section, `sections[${i}]`));
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    return { ok: true, form: { sections: sections as FormSection[] } };
  }

  private checkSection(raw: unknown, path: string): FormSection | undefined {
    if (!isRecord(raw)) return this.fail(path, 'must be an object');
    this.refuseUnknownProps(raw, SECTION_PROPS, path);
    const key = this.checkKey(raw.key, `${path}.key`);
    const title = this.checkText(raw.title, `${path}.title`, LABEL_TEXT);
    const description = this.checkText(raw.description, `${path}.description`, HELP_TEXT);
    // Checked before the section's own fields are known: a section cannot depend on what it contains.
    const condition = this.checkCondition(raw.condition, `${path}.condition`);
    if (!Array.isArray(raw.fields)) return this.fail(`${path}.fields`, 'must be an array');
    const fields = raw.fields.map((field: unknown, i: number) => this.checkField(field, `${path}.fields[${i}]`));
    return compact({ key, title, description, condition, fields }) as unknown as FormSection;
  }

  private checkField(raw: unknown, path: string): FormField | undefined {
    if (!isRecord(raw)) return this.fail(path, 'must be an object');
    this.refuseUnknownProps(raw, FIELD_PROPS, path);
    const key = this.checkKey(raw.key, `${path}.key`);
    if (key === undefined && typeof raw.key === 'string') this.brokenFieldKeys.add(raw.key);
    if (typeof raw.type !== 'string' || !FIELD_TYPES.includes(raw.type as FieldType)) {
      if (key !== undefined) this.brokenFieldKeys.add(key);
      return this.fail(`${path}.type`, `must be one of ${FIELD_TYPES.join(', ')}`);
    }
    const type = raw.type as FieldType;
    const label = this.checkText(raw.label, `${path}.label`, LABEL_TEXT);
    const helpText = this.checkText(raw.helpText, `${path}.helpText`, HELP_TEXT);
    if (raw.required !== undefined && typeof raw.required !== 'boolean') {
      this.report(`${path}.required`, 'must be true or false');
    }
    const options = this.checkOptions(raw.options, type, `${path}.options`);
    const lengths = this.checkRange(raw, type, path, 'minLength', 'maxLength', LENGTH_TYPES);
    const range = this.checkRange(raw, type, path, 'min', 'max', ['number']);
    const pattern = this.checkPattern(raw.pattern, type, `${path}.pattern`);
    const maxFiles = this.checkMaxFiles(raw.maxFiles, type, `${path}.maxFiles`);
    const condition = this.checkCondition(raw.condition, `${path}.condition`);

    const field = compact({
      key,
      type,
      label,
      helpText,
      required: raw.required,
      options,
      minLength: lengths.low,
      maxLength: lengths.high,
      min: range.low,
      max: range.high,
      pattern,
      maxFiles,
      condition,
    }) as unknown as FormField;
    // Registered only now, so the field's own condition could not refer to itself.
    if (key !== undefined && !this.earlierFields.has(key)) this.earlierFields.set(key, field);
    return field;
  }

  private checkKey(raw: unknown, path: string): string | undefined {
    const max = FORM_LIMITS.maxKeyLength;
    if (typeof raw !== 'string' || !KEY_SHAPE.test(raw) || raw.length > max) {
      return this.fail(path, `must start with a letter and use only letters, digits and underscores (at most ${max})`);
    }
    if (raw in Object.prototype) return this.fail(path, `"${raw}" is reserved`);
    if (this.usedKeys.has(raw)) return this.fail(path, `"${raw}" is already used by another section or field`);
    this.usedKeys.add(raw);
    return raw;
  }

  private checkText(raw: unknown, path: string, spec: TextSpec): string | undefined {
    if (raw === undefined && !spec.required) return undefined;
    if (typeof raw !== 'string') return this.fail(path, 'must be text');
    const text = raw.trim();
    if (spec.required && text === '') this.report(path, 'must not be empty');
    if (text.length > spec.max) this.report(path, `must be at most ${spec.max} characters`);
    if (spec.multiline && PARAGRAPH_FORBIDDEN.test(text)) this.report(path, 'must not contain control characters');
    if (!spec.multiline && LINE_FORBIDDEN.test(text)) this.report(path, 'must be a single line without control characters');
    return text;
  }

  private checkOptions(raw: unknown, type: FieldType, path: string): ChoiceOption[] | undefined {
    if (!CHOICE_TYPES.includes(type)) {
      if (raw !== undefined) this.report(path, `only choice fields have options`);
      return undefined;
    }
    if (!Array.isArray(raw) || raw.length === 0) return this.fail(path, 'a choice field needs at least one option');
    if (raw.length > FORM_LIMITS.maxOptions) {
      return this.fail(path, `at most ${FORM_LIMITS.maxOptions} options are allowed`);
    }
    const seen = new Set<string>();
    return raw.map((option: unknown, i: number) => {
      const at = `${path}[${i}]`;
      if (!isRecord(option)) {
        this.report(at, 'must be an object with a value and a label');
        return { value: '', label: '' };
      }
      this.refuseUnknownProps(option, OPTION_PROPS, at);
      const value = this.checkText(option.value, `${at}.value`, OPTION_VALUE_TEXT) ?? '';
      if (value !== '' && seen.has(value)) this.report(`${at}.value`, `"${value}" is already another option's value`);
      seen.add(value);
      const label = this.checkText(option.label, `${at}.label`, LABEL_TEXT) ?? '';
      return { value, label };
    });
  }

  private checkRange(
    raw: UnknownRecord,
    type: FieldType,
    path: string,
    lowProp: 'minLength' | 'min',
    highProp: 'maxLength' | 'max',
    types: readonly FieldType[],
  ): { low?: number; high?: number } {
    const low = raw[lowProp];
    const high = raw[highProp];
    if (low === undefined && high === undefined) return {};
    if (!types.includes(type)) {
      this.report(`${path}.${low === undefined ? highProp : lowProp}`, `applies only to ${types.join(' and ')} fields`);
      return {};
    }
    const isLength = lowProp === 'minLength';
    const cap = isLength ? MAX_TEXT_LENGTH[type as keyof typeof MAX_TEXT_LENGTH] : Infinity;
    const ok = (v: unknown, prop: string): v is number | undefined => {
      if (v === undefined) return true;
      const valid = isLength ? Number.isInteger(v) && (v as number) >= 0 && (v as number) <= cap : Number.isFinite(v);
      if (!valid) {
        this.report(`${path}.${prop}`, isLength ? `must be a whole number from 0 to ${cap}` : 'must be a finite number');
      }
      return valid;
    };
    if (ok(low, lowProp) && ok(high, highProp)) {
      if (low !== undefined && high !== undefined && low > high) {
        this.report(`${path}.${lowProp}`, `must not be greater than ${highProp} (${high})`);
      }
      return { low, high };
    }
    return {};
  }

  private checkPattern(raw: unknown, type: FieldType, path: string): string | undefined {
    if (raw === undefined) return undefined;
    // Long text is excluded because even a safe-looking pattern can take quadratic time on 10,000 characters.
    if (!PATTERN_TYPES.includes(type)) return this.fail(path, 'applies only to short_text and email fields');
    if (typeof raw !== 'string' || raw === '' || raw.length > FORM_LIMITS.maxPatternLength) {
      return this.fail(path, `must be a regular expression of 1 to ${FORM_LIMITS.maxPatternLength} characters`);
    }
    const problem = fieldPatternProblem(raw);
    return problem ? this.fail(path, problem) : raw;
  }

  private checkMaxFiles(raw: unknown, type: FieldType, path: string): number | undefined {
    if (raw === undefined) return undefined;
    if (type !== 'file') return this.fail(path, 'applies only to file fields');
    if (!Number.isInteger(raw) || (raw as number) < 1 || (raw as number) > MAX_FILES_PER_MESSAGE) {
      return this.fail(path, `must be a whole number from 1 to ${MAX_FILES_PER_MESSAGE}`);
    }
    return raw as number;
  }

  private checkCondition(raw: unknown, path: string): Condition | undefined {
    if (raw === undefined) return undefined;
    if (!isRecord(raw)) return this.fail(path, 'must be an object with "match" and "rules"');
    this.refuseUnknownProps(raw, CONDITION_PROPS, path);
    if (raw.match !== 'all' && raw.match !== 'any') this.report(`${path}.match`, 'must be "all" or "any"');
    if (!Array.isArray(raw.rules)) return this.fail(`${path}.rules`, 'must be an array');
    if (raw.rules.length > FORM_LIMITS.maxRules) {
      return this.fail(`${path}.rules`, `at most ${FORM_LIMITS.maxRules} rules are allowed`);
    }
    const rules = raw.rules.map((rule: unknown, i: number) => this.checkRule(rule, `${path}.rules[${i}]`));
    return { match: raw.match as Condition['match'], rules: rules as Rule[] };
  }

  private checkRule(raw: unknown, path: string): Rule | undefined {
    if (!isRecord(raw)) return this.fail(path, 'must be an object with "field" and "op"');
    this.refuseUnknownProps(raw, RULE_PROPS, path);
    if (typeof raw.op !== 'string' || !RULE_OPS.includes(raw.op as RuleOp)) {
      return this.fail(`${path}.op`, `must be one of ${RULE_OPS.join(', ')}`);
    }
    if (typeof raw.field !== 'string') return this.fail(`${path}.field`, 'must name an earlier field');
    const target = this.earlierFields.get(raw.field);
    if (!target && this.brokenFieldKeys.has(raw.field)) return undefined;
    if (!target) {
      const why = this.allFieldKeys.has(raw.field)
        ? `"${raw.field}" is not an earlier field; rules may only depend on fields that come before them`
        : `"${raw.field}" is not a field of this form`;
      return this.fail(`${path}.field`, why);
    }
    const value = raw.value;
    if (value !== undefined && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return this.fail(`${path}.value`, 'must be text, a number or true/false');
    }
    const rule: Rule = { field: raw.field, op: raw.op as RuleOp, value };
    const reading = readRuleValue(target, rule);
    if (!reading.ok) return this.fail(`${path}.${reading.part}`, reading.problem);
    return compact({ field: rule.field, op: rule.op, value: reading.value as Rule['value'] }) as unknown as Rule;
  }

  private refuseUnknownProps(raw: UnknownRecord, allowed: readonly string[], path: string): void {
    for (const prop of Object.keys(raw)) {
      if (!allowed.includes(prop)) this.report(`${path}.${prop}`, 'is not a known property');
    }
  }

  private report(path: string, problem: string): void {
    this.errors.push(`${path}: ${problem}`);
  }

  private fail(path: string, problem: string): undefined {
    this.report(path, problem);
    return undefined;
  }
}

function isRecord(value: unknown): value is UnknownRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Drops undefined properties so a stored form carries no `"helpText": undefined` noise. */
function compact<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
