import { readAnswer } from './answer-reader.util';
import { FORM_LIMITS } from './form-limits.constants';
import type { AnswerValue, FieldType, FormField, Rule, RuleOp } from './form.types';

/** Which rule operators make sense for the type of the field a rule tests. */
export const RULE_OPS_BY_FIELD_TYPE: Readonly<Record<FieldType, readonly RuleOp[]>> = Object.freeze({
  short_text: ['equals', 'not_equals', 'includes', 'answered'],
  long_text: ['equals', 'not_equals', 'includes', 'answered'],
  email: ['equals', 'not_equals', 'includes', 'answered'],
  number: ['equals', 'not_equals', 'gt', 'lt', 'answered'],
  date: ['equals', 'not_equals', 'gt', 'lt', 'answered'],
  single_choice: ['equals', 'not_equals', 'answered'],
  multiple_choice: ['includes', 'answered'],
  checkbox: ['equals', 'not_equals', 'answered'],
  // Ids mean nothing to compare: a rule can only ask whether files were attached.
  file: ['answered'],
});

/** A rule's value read as its field's type, or why the rule cannot be applied to that field. */
export type RuleReading = { ok: true; value?: AnswerValue } | { ok: false; part: 'op' | 'value'; problem: string };

/**
 * Reads a rule's value as if it were an answer to the field it tests (so "5" and 5 are the same
 * number), the single interpretation shared by validateFormDefinition and the evaluator.
 */
export function readRuleValue(field: FormField, rule: Rule): RuleReading {
  const allowed = RULE_OPS_BY_FIELD_TYPE[field.type];
  if (!allowed || !allowed.includes(rule.op)) {
    const problem = `"${String(rule.op)}" does not apply to ${field.type} fields (use ${(allowed ?? []).join(', ')})`;
    return { ok: false, part: 'op', problem };
  }
  if (rule.op === 'answered') return { ok: true };
  const raw: unknown = rule.value;
  if (field.type === 'checkbox') {
    return typeof raw === 'boolean' ? { ok: true, value: raw } : bad('must be true or false');
  }
  if (typeof raw === 'string' && raw.length > FORM_LIMITS.maxRuleValueLength) {
    return bad(`must be at most ${FORM_LIMITS.maxRuleValueLength} characters`);
  }
  if (rule.op === 'includes' && field.type === 'multiple_choice') {
    const choice = typeof raw === 'string' ? raw.trim() : '';
    const known = (field.options ?? []).some((option) => option.value === choice);
    return known ? { ok: true, value: choice } : bad(`must be one of the option values of "${field.key}"`);
  }
  if (rule.op === 'includes') {
    // A fragment such as "@acme.com" is not itself a valid email, so it is read as plain text.
    const fragment = typeof raw === 'string' ? raw.trim() : '';
    return fragment !== '' ? { ok: true, value: fragment } : bad('must be non-empty text');
  }
  const read = readAnswer(field, raw);
  if (read.kind === 'value') return { ok: true, value: read.value };
  return bad(EXPECTED_VALUE[field.type].replace('{key}', field.key));
}

/**
 * Whether a rule holds, given the field it tests (undefined when no earlier field has that key)
 * and that field's answer as readAnswer produced it (undefined when unanswered or hidden).
 * `not_equals` is exactly the negation of `equals`; a rule that cannot be read never holds.
 */
export function ruleHolds(rule: Rule, field: FormField | undefined, answer: AnswerValue | undefined): boolean {
  if (!field) return false;
  const reading = readRuleValue(field, rule);
  if (!reading.ok) return false;
  switch (rule.op) {
    case 'answered':
      return answer !== undefined;
    case 'equals':
      return answerEquals(field, answer, reading.value);
    case 'not_equals':
      return !answerEquals(field, answer, reading.value);
    case 'includes':
      if (Array.isArray(answer)) return answer.includes(reading.value as string);
      return typeof answer === 'string' && lower(answer).includes(lower(reading.value as string));
    case 'gt':
      return comparable(answer, reading.value) && (answer as number | string) > (reading.value as number | string);
    case 'lt':
      return comparable(answer, reading.value) && (answer as number | string) < (reading.value as number | string);
    default:
      return false;
  }
}

const EXPECTED_VALUE: Record<FieldType, string> = {
  short_text: 'must be non-empty single-line text',
  long_text: 'must be non-empty text',
  email: 'must be a single email address',
  number: 'must be a finite number',
  date: 'must be a real date written YYYY-MM-DD',
  single_choice: 'must be one of the option values of "{key}"',
  multiple_choice: 'must be one of the option values of "{key}"',
  checkbox: 'must be true or false',
  file: 'cannot be compared (use answered)',
};

function answerEquals(field: FormField, answer: AnswerValue | undefined, expected: AnswerValue | undefined): boolean {
  // An unchecked box and an unanswered (or hidden) one are the same thing: false.
  if (field.type === 'checkbox') return (answer === true) === expected;
  if (answer === undefined) return false;
  if (typeof answer === 'string' && typeof expected === 'string' && isFreeText(field)) {
    return lower(answer) === lower(expected);
  }
  return answer === expected;
}

function isFreeText(field: FormField): boolean {
  return field.type === 'short_text' || field.type === 'long_text' || field.type === 'email';
}

function comparable(answer: unknown, expected: unknown): boolean {
  // Dates compare as strings: zero-padded YYYY-MM-DD sorts in calendar order.
  return (typeof answer === 'number' || typeof answer === 'string') && typeof answer === typeof expected;
}

// toLowerCase rather than toLocaleLowerCase: the browser and the server must fold case the same
// way whatever their locale (a Turkish locale would otherwise turn "I" into a dotless "ı").
function lower(text: string): string {
  return text.toLowerCase();
}

function bad(problem: string): RuleReading {
  return { ok: false, part: 'value', problem };
}
