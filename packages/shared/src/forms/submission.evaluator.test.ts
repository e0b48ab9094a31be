import { MAX_TEXT_LENGTH } from './form-limits.constants';
import { FORM_ERROR_KEY, evaluateSubmission, type SubmissionResult } from './submission.evaluator';
import type { FieldType, FormDefinition, FormField } from './form.types';

const OPTIONS = ['red', 'green', 'blue'].map((value) => ({ value, label: value.toUpperCase() }));

function buildField(key: string, type: FieldType, overrides: Partial<FormField> = {}): FormField {
  const options = type === 'single_choice' || type === 'multiple_choice' ? { options: OPTIONS } : {};
  return { key, type, label: key, ...options, ...overrides };
}

function singleFieldForm(type: FieldType, overrides: Partial<FormField> = {}): FormDefinition {
  return { sections: [{ key: 's', title: 'S', fields: [buildField('q', type, overrides)] }] };
}

function accepted(result: SubmissionResult) {
  if (!result.ok) throw new Error(`expected acceptance, got ${JSON.stringify(result.errors)}`);
  return result.answers;
}

function errorCodes(result: SubmissionResult) {
  return result.ok ? [] : result.errors.map(({ field, code }) => ({ field, code }));
}

describe('evaluateSubmission: each field type', () => {
  it.each<[FieldType, unknown, unknown]>([
    ['short_text', '  Printer on fire  ', 'Printer on fire'],
    ['long_text', ' line one\r\nline two\r ', 'line one\nline two'],
    ['email', ' Jo@Example.COM ', 'jo@example.com'],
    ['number', 42, 42],
    ['number', ' -2.5 ', -2.5],
    ['number', '007', 7],
    ['number', -0, 0],
    ['date', ' 2024-02-29 ', '2024-02-29'],
    ['single_choice', 'green', 'green'],
    ['multiple_choice', ['blue', 'red'], ['red', 'blue']],
    ['checkbox', true, true],
  ])('accepts a %s answer of %j and stores %j', (type, raw, stored) => {
    expect(accepted(evaluateSubmission(singleFieldForm(type), { q: raw }))).toEqual({ q: stored });
  });

  it.each<[FieldType, unknown]>([
    ['short_text', '   '],
    ['long_text', '\r\n'],
    ['email', ''],
    ['number', ''],
    ['date', ' '],
    ['single_choice', ''],
    ['multiple_choice', []],
    ['checkbox', false],
    ['short_text', null],
    ['number', undefined],
  ])('leaves out an empty %s answer (%j) rather than storing it', (type, raw) => {
    expect(accepted(evaluateSubmission(singleFieldForm(type), { q: raw }))).toEqual({});
  });

  it.each<[FieldType, unknown]>([
    ['short_text', 42],
    ['short_text', 'two\nlines'],
    ['short_text', 'nul\u0000byte'],
    ['long_text', 'bell\u0007'],
    ['long_text', ['a']],
    ['email', 'a@x.com,b@y.com'],
    ['email', 'a@x.com\r\nBcc: b@y.com'],
    ['email', 'a @x.com'],
    ['email', 'not-an-address'],
    ['number', 'five'],
    ['number', '1e3'],
    ['number', '0x10'],
    ['number', '1,000'],
    ['number', NaN],
    ['number', Infinity],
    ['number', true],
    ['date', '2023-02-29'],
    ['date', '2024-13-01'],
    ['date', '2024-04-31'],
    ['date', '0000-01-01'],
    ['date', '24-01-01'],
    ['date', '2024-01-01T00:00:00Z'],
    ['date', 20240101],
    ['single_choice', 'purple'],
    ['single_choice', ['red']],
    ['multiple_choice', 'red'],
    ['multiple_choice', ['red', 'red']],
    ['multiple_choice', ['red', 'purple']],
    ['multiple_choice', ['red', 1]],
    ['multiple_choice', ['red', 'green', 'blue', 'red']],
    ['checkbox', 'true'],
    ['checkbox', 1],
  ])('refuses the %s answer %j, naming the field', (type, raw) => {
    expect(errorCodes(evaluateSubmission(singleFieldForm(type), { q: raw }))).toEqual([{ field: 'q', code: 'invalid_value' }]);
  });
});

describe('evaluateSubmission: limits', () => {
  it.each<[string, FieldType, Partial<FormField>, unknown, string]>([
    ['too short', 'short_text', { minLength: 5 }, 'abcd', 'too_short'],
    ['too long for the field', 'long_text', { maxLength: 3 }, 'abcd', 'too_long'],
    ['too long for any short text', 'short_text', {}, 'x'.repeat(MAX_TEXT_LENGTH.short_text + 1), 'too_long'],
    ['too long for any long text', 'long_text', {}, 'x'.repeat(MAX_TEXT_LENGTH.long_text + 1), 'too_long'],
    ['below the minimum', 'number', { min: 1 }, 0, 'too_small'],
    ['above the maximum', 'number', { max: 10 }, '10.5', 'too_large'],
    ['off pattern', 'short_text', { pattern: '[A-Z]{3}-\\d+' }, 'abc-12', 'pattern_mismatch'],
    ['off pattern for an email', 'email', { pattern: '[^@]+@acme\\.com' }, 'jo@evil.com', 'pattern_mismatch'],
  ])('refuses an answer %s', (_, type, overrides, raw, code) => {
    expect(errorCodes(evaluateSubmission(singleFieldForm(type, overrides), { q: raw }))).toEqual([{ field: 'q', code }]);
  });

  it.each<[string, FieldType, Partial<FormField>, unknown]>([
    ['exactly at minLength after trimming', 'short_text', { minLength: 3 }, '  abc  '],
    ['exactly at maxLength', 'long_text', { maxLength: 3 }, 'abc'],
    ['exactly at the global cap', 'long_text', {}, 'x'.repeat(MAX_TEXT_LENGTH.long_text)],
    ['exactly at min and max', 'number', { min: 1, max: 1 }, 1],
    ['matching the pattern in full', 'short_text', { pattern: '[A-Z]{3}-\\d+' }, 'ABC-12'],
    ['matching an email pattern after lowercasing', 'email', { pattern: '[^@]+@acme\\.com' }, 'Jo@ACME.com'],
  ])('accepts an answer %s', (_, type, overrides, raw) => {
    expect(evaluateSubmission(singleFieldForm(type, overrides), { q: raw }).ok).toBe(true);
  });
});

describe('evaluateSubmission: required', () => {
  it('asks for a required answer that is missing or blank', () => {
    const form = singleFieldForm('short_text', { required: true });
    expect(errorCodes(evaluateSubmission(form, {}))).toEqual([{ field: 'q', code: 'required' }]);
    expect(errorCodes(evaluateSubmission(form, { q: '  ' }))).toEqual([{ field: 'q', code: 'required' }]);
  });

  it('a required checkbox must be checked', () => {
    const form = singleFieldForm('checkbox', { required: true });
    expect(evaluateSubmission(form, { q: false })).toEqual({
      ok: false,
      errors: [{ field: 'q', code: 'required', message: 'Check this box to continue.' }],
    });
    expect(accepted(evaluateSubmission(form, { q: true }))).toEqual({ q: true });
  });

  it('a required question the contact never saw is not required', () => {
    const form: FormDefinition = {
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [
            buildField('topic', 'single_choice', { required: true }),
            buildField('order', 'short_text', {
              required: true,
              condition: { match: 'all', rules: [{ field: 'topic', op: 'equals', value: 'red' }] },
            }),
          ],
        },
      ],
    };
    expect(accepted(evaluateSubmission(form, { topic: 'blue' }))).toEqual({ topic: 'blue' });
    expect(errorCodes(evaluateSubmission(form, { topic: 'red' }))).toEqual([{ field: 'order', code: 'required' }]);
  });
});

describe('evaluateSubmission: what is kept', () => {
  const form: FormDefinition = {
    sections: [
      { key: 'start', title: 'Start', fields: [buildField('topic', 'single_choice'), buildField('count', 'number')] },
      {
        key: 'red_only',
        title: 'Red only',
        condition: { match: 'all', rules: [{ field: 'topic', op: 'equals', value: 'red' }] },
        fields: [
          buildField('shade', 'short_text', { maxLength: 3 }),
          buildField('notes', 'long_text', { condition: { match: 'all', rules: [{ field: 'shade', op: 'answered' }] } }),
        ],
      },
    ],
  };

  it('drops answers to hidden fields silently, even invalid ones', () => {
    const result = evaluateSubmission(form, { topic: 'blue', shade: { evil: true }, notes: 'x'.repeat(MAX_TEXT_LENGTH.long_text * 2) });
    expect(accepted(result)).toEqual({ topic: 'blue' });
  });

  it('drops answers to fields the form does not have', () => {
    // JSON.parse, like a request body, makes "__proto__" an own key rather than setting the prototype.
    const raw: unknown = JSON.parse('{"topic": "red", "isAdmin": true, "__proto__": {"polluted": true}}');
    expect(accepted(evaluateSubmission(form, raw))).toEqual({ topic: 'red' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an answer that breaks its limits still opens what depends on it, and is reported', () => {
    expect(evaluateSubmission(form, { topic: 'red', shade: 'crimson', notes: 'ok' })).toEqual({
      ok: false,
      errors: [{ field: 'shade', code: 'too_long', message: 'Enter at most 3 characters.' }],
    });
  });

  it('an answer of the wrong type counts as unanswered for what depends on it', () => {
    expect(errorCodes(evaluateSubmission(form, { topic: 'purple', count: 'lots', shade: 'dark' }))).toEqual([
      { field: 'topic', code: 'invalid_value' },
      { field: 'count', code: 'invalid_value' },
    ]);
  });

  it('reports every problem at once, in form order', () => {
    const strict: FormDefinition = {
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [buildField('a', 'email', { required: true }), buildField('b', 'number', { max: 1 }), buildField('c', 'date')],
        },
      ],
    };
    expect(errorCodes(evaluateSubmission(strict, { b: 2, c: 'tomorrow' }))).toEqual([
      { field: 'a', code: 'required' },
      { field: 'b', code: 'too_large' },
      { field: 'c', code: 'invalid_value' },
    ]);
  });

  it.each([null, undefined, 'topic=red', 42, [['topic', 'red']]])('refuses %p as a whole, under the form-level key', (raw) => {
    expect(evaluateSubmission(form, raw)).toEqual({
      ok: false,
      errors: [{ field: FORM_ERROR_KEY, code: 'invalid_payload', message: 'Answers must be an object keyed by field.' }],
    });
  });
});
