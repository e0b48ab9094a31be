import { MAX_FILES_PER_MESSAGE } from '../attachments/attachment-limits';
import { normalizeEmail } from '../email/email-address';
import { isUuid } from '../ids/uuid';
import { MAX_TEXT_LENGTH } from './form-limits.constants';
import type { AnswerValue, FormField } from './form.types';

/** Machine-readable reason attached to each submission error. */
export type SubmissionErrorCode =
  'invalid_payload' | 'required' | 'invalid_value' | 'too_short' | 'too_long' | 'too_small' | 'too_large' | 'pattern_mismatch';

/** What a raw answer means for its field: nothing, a normalized value, or a value of the wrong shape. */
export type ReadAnswer =
  { kind: 'empty' } | { kind: 'value'; value: AnswerValue } | { kind: 'invalid'; code: SubmissionErrorCode; message: string };

const EMPTY: ReadAnswer = Object.freeze({ kind: 'empty' });

// Short text lands in single-line places (ticket subjects, mail headers), so it refuses line
// breaks; both refuse the other C0 controls, which no keyboard produces.
// eslint-disable-next-line no-control-regex -- the point is to reject control characters
const SHORT_TEXT_FORBIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- the point is to reject control characters
const LONG_TEXT_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f]/;
// Decimal notation only: what a person types, and what <input type="number"> hands back as a string.
const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads one raw answer as its field's type. The portal, the server and rule values all go through
 * here, so "what the answer is" has a single definition everywhere:
 * - null and undefined are empty for every type;
 * - text is trimmed (long text also turns CRLF into LF) and empty once trimmed;
 * - email must be one address (see normalizeEmail) and comes back lowercased;
 * - number accepts a finite number or a decimal string such as "5" or "-2.5";
 * - date accepts a real calendar date written YYYY-MM-DD;
 * - choices accept known option values only; multiple choice returns them in option order;
 * - checkbox accepts only true or false, and false (unchecked) is empty;
 * - file accepts a list of distinct attachment ids (UUIDs, lowercased), at most the field's maxFiles;
 *   an empty list is empty. Whether each id is an upload of the person answering is the server's check.
 */
export function readAnswer(field: FormField, raw: unknown): ReadAnswer {
  if (raw === null || raw === undefined) return EMPTY;
  switch (field.type) {
    case 'short_text':
    case 'long_text':
      return readText(field.type, raw);
    case 'email':
      return readEmail(raw);
    case 'number':
      return readNumber(raw);
    case 'date':
      return readDate(raw);
    case 'single_choice':
      return readSingleChoice(field, raw);
    case 'multiple_choice':
      return readMultipleChoice(field, raw);
    case 'checkbox':
      if (typeof raw !== 'boolean') return invalid('invalid_value', 'Check or clear the box.');
      return raw ? value(true) : EMPTY;
    case 'file':
      return readFiles(field, raw);
    default:
      return invalid('invalid_value', 'This field cannot be answered.');
  }
}

/** True for a real Gregorian calendar date written YYYY-MM-DD (years 0001–9999). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

function readText(type: 'short_text' | 'long_text', raw: unknown): ReadAnswer {
  if (typeof raw !== 'string') return invalid('invalid_value', 'Enter text.');
  const text = type === 'long_text' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if (text === '') return EMPTY;
  const cap = MAX_TEXT_LENGTH[type];
  if (text.length > cap) return invalid('too_long', `Enter at most ${cap} characters.`);
  if (type === 'short_text' && SHORT_TEXT_FORBIDDEN.test(text)) {
    return invalid('invalid_value', 'Enter a single line of text.');
  }
  if (type === 'long_text' && LONG_TEXT_FORBIDDEN.test(text)) {
    return invalid('invalid_value', 'Remove the control characters from this text.');
  }
  return value(text);
}

function readEmail(raw: unknown): ReadAnswer {
  if (typeof raw !== 'string') return invalid('invalid_value', 'Enter an email address.');
  if (raw.trim() === '') return EMPTY;
  const email = normalizeEmail(raw);
  return email === null ? invalid('invalid_value', 'Enter a single email address.') : value(email);
}

function readNumber(raw: unknown): ReadAnswer {
  let n: number;
  if (typeof raw === 'number') {
    n = raw;
  } else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return EMPTY;
    n = DECIMAL.test(text) ? Number(text) : NaN;
  } else {
    n = NaN;
  }
  if (!Number.isFinite(n)) return invalid('invalid_value', 'Enter a number.');
  return value(n === 0 ? 0 : n); // -0 would print as "0" yet fail Object.is checks downstream
}

function readDate(raw: unknown): ReadAnswer {
  if (typeof raw !== 'string') return invalid('invalid_value', 'Enter a date as YYYY-MM-DD.');
  const text = raw.trim();
  if (text === '') return EMPTY;
  return isCalendarDate(text) ? value(text) : invalid('invalid_value', 'Enter a real date as YYYY-MM-DD.');
}

function readSingleChoice(field: FormField, raw: unknown): ReadAnswer {
  if (typeof raw !== 'string') return invalid('invalid_value', 'Choose one of the options.');
  const choice = raw.trim();
  if (choice === '') return EMPTY;
  const known = (field.options ?? []).some((option) => option.value === choice);
  return known ? value(choice) : invalid('invalid_value', 'Choose one of the options.');
}

function readMultipleChoice(field: FormField, raw: unknown): ReadAnswer {
  const options = field.options ?? [];
  const rejected = invalid('invalid_value', 'Choose from the options, each at most once.');
  if (!Array.isArray(raw)) return rejected;
  if (raw.length === 0) return EMPTY;
  // Unique known values can never outnumber the options; checking first bounds the work.
  if (raw.length > options.length) return rejected;
  const chosen = new Set<string>();
  for (const item of raw) {
    if (typeof item !== 'string') return rejected;
    const choice = item.trim();
    if (chosen.has(choice) || !options.some((option) => option.value === choice)) return rejected;
    chosen.add(choice);
  }
  return value(options.filter((option) => chosen.has(option.value)).map((option) => option.value));
}

function readFiles(field: FormField, raw: unknown): ReadAnswer {
  if (!Array.isArray(raw)) return invalid('invalid_value', 'Attach files by uploading them.');
  if (raw.length === 0) return EMPTY;
  const max = Math.min(field.maxFiles ?? MAX_FILES_PER_MESSAGE, MAX_FILES_PER_MESSAGE);
  if (raw.length > max) return invalid('too_large', max === 1 ? 'Attach at most 1 file.' : `Attach at most ${max} files.`);
  const ids = new Set<string>();
  for (const item of raw) {
    if (typeof item !== 'string' || !isUuid(item)) return invalid('invalid_value', 'Attach files by uploading them.');
    const id = item.toLowerCase();
    if (ids.has(id)) return invalid('invalid_value', 'The same file is attached twice.');
    ids.add(id);
  }
  return value([...ids]);
}

function value(v: AnswerValue): ReadAnswer {
  return { kind: 'value', value: v };
}

function invalid(code: SubmissionErrorCode, message: string): ReadAnswer {
  return { kind: 'invalid', code, message };
}
