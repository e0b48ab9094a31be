import { evaluateSubmission, type FormDefinition, type FormField, NETWORK_ERROR_MESSAGE } from '@actionconnect/shared';
import { describe, expect, it } from '@jest/globals';
import {
  FORM_GONE_MESSAGE,
  errorsByField,
  limitHint,
  maxLengthOf,
  submitFailure,
  suggestionFields,
  tooManyFilesMessage,
  withoutFileAnswers,
} from './request-form.util';

const form: FormDefinition = {
  sections: [
    {
      key: 's',
      title: 'Request',
      fields: [
        { key: 'subject', type: 'short_text', label: 'Subject', required: true, maxLength: 200 },
        { key: 'description', type: 'long_text', label: 'Describe', required: true, minLength: 10 },
      ],
    },
  ],
};

describe('inline errors', () => {
  it('are the shared engine’s own messages, one per field, as the server would give them', () => {
    const result = evaluateSubmission(form, { subject: '', description: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(errorsByField(result.errors)).toEqual({ subject: 'This field is required.', description: 'Enter at least 10 characters.' });
  });
});

describe('a refused submission', () => {
  const refused = {
    message: 'Some answers need attention: subject, gone.',
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'subject', message: 'Enter at most 200 characters.', code: 'too_long' },
        { field: 'gone', message: 'This field is required.', code: 'required' },
      ],
    },
  };

  it('puts each answer the server refused beside its field', () => {
    expect(submitFailure([refused], new Set(['subject', 'gone'])).fields).toEqual({
      subject: 'Enter at most 200 characters.',
      gone: 'This field is required.',
    });
  });

  it('says so at the form level when the refused field is not on screen', () => {
    const failure = submitFailure(
      [{ ...refused, extensions: { ...refused.extensions, fields: [refused.extensions.fields[1]] } }],
      new Set(['subject']),
    );
    expect(failure.fields).toEqual({});
    expect(failure.form).toBe(refused.message);
  });

  it('explains a form that disappeared meanwhile', () => {
    expect(submitFailure([{ message: 'Form not found', extensions: { code: 'NOT_FOUND' } }], new Set()).form).toBe(FORM_GONE_MESSAGE);
  });

  it('asks to sign in again when the session ended', () => {
    expect(submitFailure([{ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }], new Set()).signInAgain).toBe(true);
  });

  it('explains a network failure', () => {
    expect(submitFailure([{ message: '', extensions: { code: 'NETWORK_ERROR' } }], new Set()).form).toBe(NETWORK_ERROR_MESSAGE);
  });
});

describe('field limits in words', () => {
  const field = (extra: Partial<FormField>): FormField => ({ key: 'k', label: 'K', type: 'short_text', ...extra });

  it('describe ranges and lengths', () => {
    expect(limitHint(field({ type: 'number', min: 1, max: 5 }))).toBe('A number from 1 to 5.');
    expect(limitHint(field({ type: 'long_text', minLength: 10 }))).toBe('At least 10 characters.');
    expect(limitHint(field({ type: 'short_text' }))).toBeNull();
  });

  it('cap text at the engine’s limit for its type', () => {
    expect(maxLengthOf(field({ maxLength: 200 }))).toBe(200);
    expect(maxLengthOf(field({ maxLength: 100_000 }))).toBe(500);
    expect(maxLengthOf(field({ type: 'long_text' }))).toBe(10_000);
    expect(maxLengthOf(field({ type: 'number' }))).toBeUndefined();
  });
});

describe('the questions that suggest articles', () => {
  it('are the subject and the description', () => {
    expect(suggestionFields(form)).toEqual({ subject: 'subject', description: 'description' });
  });

  it('fall back to the first short and long texts of a form with other keys', () => {
    const other: FormDefinition = {
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [
            { key: 'email', type: 'email', label: 'Email' },
            { key: 'title', type: 'short_text', label: 'Title' },
            { key: 'body', type: 'long_text', label: 'Body' },
          ],
        },
      ],
    };
    expect(suggestionFields(other)).toEqual({ subject: 'title', description: 'body' });
  });
});

describe('a restored draft', () => {
  it('starts its file questions empty: the files behind saved ids are not on screen after a reload', () => {
    const withFiles: FormDefinition = {
      sections: [{ key: 's', title: 'S', fields: [...form.sections[0].fields, { key: 'screens', type: 'file', label: 'Screenshots' }] }],
    };
    expect(withoutFileAnswers(withFiles, { subject: 'Hi', description: 'Long enough text', screens: ['a1', 'a2'] })).toEqual({
      subject: 'Hi',
      description: 'Long enough text',
    });
  });
});

describe('the files of a request', () => {
  it('are at most ten in all, description and file questions together, as the first message carries', () => {
    expect(tooManyFilesMessage(10)).toBeNull();
    expect(tooManyFilesMessage(11)).toBe('A request can carry 10 files in all. Remove 1 file, then submit again.');
    expect(tooManyFilesMessage(13)).toBe('A request can carry 10 files in all. Remove 3 files, then submit again.');
  });
});
