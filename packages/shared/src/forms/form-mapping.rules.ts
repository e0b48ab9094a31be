import type { FieldType } from './form.types';

// Which form answers may fill which ticket fields. The server enforces these when a draft is
// saved; the form builder uses the same tables to offer only what the server will accept.

/** Answer types that can become the ticket's subject (one line of text). */
export const SUBJECT_FIELD_TYPES: readonly FieldType[] = Object.freeze(['short_text', 'email']);
/** Answer types that can become the ticket's first message. */
export const DESCRIPTION_FIELD_TYPES: readonly FieldType[] = Object.freeze(['short_text', 'long_text']);

/**
 * Which custom field types can hold an answer of each form field type without loss: the value
 * must pass the server's custom-field coercion at submission time, or it would be skipped.
 */
export const CUSTOM_FIELD_TYPES_FOR_ANSWER: Readonly<Record<FieldType, readonly string[]>> = Object.freeze({
  short_text: ['short_text', 'long_text'],
  long_text: ['long_text'],
  email: ['email', 'short_text', 'long_text'],
  number: ['number'],
  date: ['date'],
  single_choice: ['single_choice'],
  multiple_choice: ['multiple_choice'],
  checkbox: ['checkbox'],
  // Files are attached to the request's first message, never copied into a custom field.
  file: [],
});
