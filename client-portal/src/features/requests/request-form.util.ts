import {
  FORM_ERROR_KEY,
  MAX_FILES_PER_MESSAGE,
  MAX_TEXT_LENGTH,
  type Answers,
  type FormDefinition,
  type FormField,
  type SubmissionError,
  NETWORK_ERROR_MESSAGE,
  UNEXPECTED_ERROR_MESSAGE,
  type ApiErrorLike,
} from '@actionconnect/shared';

/** One message per field key: the first error the engine (or the server) gave for it. */
export type FieldErrors = Record<string, string>;

/** The engine's errors as one message per field; form-level errors are left out. */
export function errorsByField(errors: readonly SubmissionError[]): FieldErrors {
  const byField: FieldErrors = {};
  for (const error of errors) {
    if (error.field !== FORM_ERROR_KEY) byField[error.field] ??= error.message;
  }
  return byField;
}

/** What the page does with a failed `submitRequest`: messages beside fields, one for the form, or sign in again. */
export interface SubmitFailure {
  fields: FieldErrors;
  form: string | null;
  /** The session ended while the form was open: sign in, then come back to the saved draft. */
  signInAgain: boolean;
}

/** Shown when the form version is gone (the form was turned off while the contact filled it). */
export const FORM_GONE_MESSAGE = 'This form is no longer available. Reload the page to see the current form; your answers are saved.';

/**
 * Sorts the API's answer to a submission. Refused answers come as BAD_USER_INPUT with
 * `extensions.fields: [{ field, message, code }]`; each goes beside its field when the form shows
 * that field, and to the form otherwise.
 */
export function submitFailure(errors: readonly ApiErrorLike[], shownFields: ReadonlySet<string>): SubmitFailure {
  const failure: SubmitFailure = { fields: {}, form: null, signInAgain: false };
  for (const error of errors) {
    const code = error.extensions?.code;
    if (code === 'UNAUTHENTICATED') {
      failure.signInAgain = true;
      continue;
    }
    const placed = fieldMessages(error).filter(([field]) => shownFields.has(field));
    for (const [field, message] of placed) failure.fields[field] ??= message;
    if (placed.length > 0) continue;
    failure.form ??= formMessage(error, code);
  }
  return failure;
}

function fieldMessages(error: ApiErrorLike): [string, string][] {
  const list = error.extensions?.fields;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown): [string, string][] => {
    const { field, message } = (entry ?? {}) as { field?: unknown; message?: unknown };
    return typeof field === 'string' && typeof message === 'string' && message ? [[field, message]] : [];
  });
}

function formMessage(error: ApiErrorLike, code: unknown): string {
  if (code === 'NETWORK_ERROR') return NETWORK_ERROR_MESSAGE;
  if (code === 'NOT_FOUND') return FORM_GONE_MESSAGE;
  if (code === 'INTERNAL_SERVER_ERROR' || !error.message) return UNEXPECTED_ERROR_MESSAGE;
  return error.message;
}

/** The longest answer a text field takes: its own limit, never beyond the engine's cap for the type. */
export function maxLengthOf(field: FormField): number | undefined {
  if (field.type !== 'short_text' && field.type !== 'long_text') return undefined;
  const cap = MAX_TEXT_LENGTH[field.type];
  return field.maxLength === undefined ? cap : Math.min(field.maxLength, cap);
}

/** The limits of a field in words, shown under its label ("At least 10 characters", "Between 1 and 5"). */
export function limitHint(field: FormField): string | null {
  if (field.type === 'number') {
    const { min, max } = field;
    if (min !== undefined && max !== undefined) return `A number from ${min} to ${max}.`;
    if (min !== undefined) return `A number of at least ${min}.`;
    if (max !== undefined) return `A number up to ${max}.`;
    return null;
  }
  if (field.type === 'short_text' || field.type === 'long_text' || field.type === 'email') {
    const { minLength, maxLength } = field;
    if (minLength !== undefined && maxLength !== undefined) return `Between ${minLength} and ${maxLength} characters.`;
    if (minLength !== undefined) return `At least ${minLength} characters.`;
  }
  if (field.type === 'multiple_choice') return 'Choose all that apply.';
  return null;
}

/** Every field key of a form, in order, whether or not it is currently shown. */
export function fieldKeysOf(form: FormDefinition): string[] {
  return form.sections.flatMap((section) => section.fields.map((field) => field.key));
}

/**
 * The questions whose answers look for knowledge-base articles: fields keyed `subject` and
 * `description` (what the demo form and the ticket mappings use), else the first short text and
 * the first long text. The API does not expose a version's mappings to the portal.
 */
export function suggestionFields(form: FormDefinition): { subject: string | null; description: string | null } {
  const fields = form.sections.flatMap((section) => section.fields);
  const byKey = (key: string, type: string) => fields.find((f) => f.key === key && f.type === type)?.key;
  const byType = (type: string) => fields.find((f) => f.type === type)?.key;
  return {
    subject: byKey('subject', 'short_text') ?? byType('short_text') ?? null,
    description: byKey('description', 'long_text') ?? byType('long_text') ?? null,
  };
}

/**
 * A restored draft without the answers of file questions: a draft keeps only ids, and the files
 * behind them are not on screen after a reload, so the contact attaches them again.
 */
export function withoutFileAnswers(form: FormDefinition, answers: Answers): Answers {
  const files = new Set(form.sections.flatMap((section) => section.fields.filter((f) => f.type === 'file').map((f) => f.key)));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !files.has(key)));
}

/**
 * Why a request cannot go with this many files, or null: the description's files and the file
 * questions' together become the first message, which carries at most MAX_FILES_PER_MESSAGE.
 */
export function tooManyFilesMessage(count: number): string | null {
  if (count <= MAX_FILES_PER_MESSAGE) return null;
  const extra = count - MAX_FILES_PER_MESSAGE;
  return `A request can carry ${MAX_FILES_PER_MESSAGE} files in all. Remove ${extra === 1 ? '1 file' : `${extra} files`}, then submit again.`;
}
