import { readAnswer, type ReadAnswer, type SubmissionErrorCode } from './answer-reader.util';
import { compileFieldPattern, fieldPatternProblem } from './field-pattern.util';
import type { AnswerValue, Answers, FormDefinition, FormField } from './form.types';
import { ownValue, visibilityFromValues } from './form-visibility.evaluator';

/** The `field` of an error about the submission as a whole; keys start with a letter, so it never names a field. */
export const FORM_ERROR_KEY = '_form';

/** One reason a submission was refused, naming the field it concerns. */
export interface SubmissionError {
  field: string;
  code: SubmissionErrorCode;
  message: string;
}

export type SubmissionResult = { ok: true; answers: Answers } | { ok: false; errors: SubmissionError[] };

/**
 * The server's verdict on a contact's answers: keeps only answers to fields the contact could see,
 * enforces `required` on those alone, checks types and limits, and returns normalized answers
 * (only non-empty ones; an absent checkbox means unchecked). Answers to hidden or unknown fields
 * are dropped without complaint, whatever they contain. Expects a form that passed validateFormDefinition.
 */
export function evaluateSubmission(form: FormDefinition, rawAnswers: unknown): SubmissionResult {
  if (rawAnswers === null || typeof rawAnswers !== 'object' || Array.isArray(rawAnswers)) {
    const message = 'Answers must be an object keyed by field.';
    return { ok: false, errors: [{ field: FORM_ERROR_KEY, code: 'invalid_payload', message }] };
  }

  const fields = form.sections.flatMap((section) => section.fields);
  const reads = new Map<string, ReadAnswer>();
  const values = new Map<string, AnswerValue>();
  for (const field of fields) {
    if (reads.has(field.key)) continue;
    const read = readAnswer(field, ownValue(rawAnswers, field.key));
    reads.set(field.key, read);
    if (read.kind === 'value') values.set(field.key, read.value);
  }
  // Invalid answers count as unanswered here, exactly as they do in the portal's own visibility.
  const visible = visibilityFromValues(form, values).fields;

  const answers: Answers = {};
  const errors: SubmissionError[] = [];
  const judged = new Set<string>();
  for (const field of fields) {
    const read = reads.get(field.key);
    if (!read || !visible.has(field.key) || judged.has(field.key)) continue;
    judged.add(field.key);
    if (read.kind === 'invalid') {
      errors.push({ field: field.key, code: read.code, message: read.message });
    } else if (read.kind === 'empty') {
      if (field.required) errors.push(requiredError(field));
    } else {
      const problem = limitProblem(field, read.value);
      if (problem) errors.push({ field: field.key, ...problem });
      else answers[field.key] = read.value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

function requiredError(field: FormField): SubmissionError {
  const message = field.type === 'checkbox' ? 'Check this box to continue.' : 'This field is required.';
  return { field: field.key, code: 'required', message };
}

function limitProblem(field: FormField, value: AnswerValue): Omit<SubmissionError, 'field'> | null {
  if (typeof value === 'number') {
    if (field.min !== undefined && value < field.min) {
      return { code: 'too_small', message: `Enter a number no less than ${field.min}.` };
    }
    if (field.max !== undefined && value > field.max) {
      return { code: 'too_large', message: `Enter a number no greater than ${field.max}.` };
    }
    return null;
  }
  if (typeof value !== 'string' || !['short_text', 'long_text', 'email'].includes(field.type)) return null;
  if (field.minLength !== undefined && value.length < field.minLength) {
    return { code: 'too_short', message: `Enter at least ${field.minLength} characters.` };
  }
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return { code: 'too_long', message: `Enter at most ${field.maxLength} characters.` };
  }
  // A pattern that could not have passed validation is never run: it might backtrack for minutes.
  if (field.pattern !== undefined && fieldPatternProblem(field.pattern) === null) {
    if (!compileFieldPattern(field.pattern).test(value)) {
      return { code: 'pattern_mismatch', message: 'This answer is not in the expected format.' };
    }
  }
  return null;
}
