import { FORM_LIMITS, MAX_TEXT_LENGTH } from './form-limits.constants';
import { validateFormDefinition } from './form-definition.validator';
import type { FormDefinition } from './form.types';

const COLOURS = [
  { value: 'red', label: 'Red' },
  { value: 'blue', label: 'Blue' },
];

/** A field as an admin's JSON might carry it: anything goes, defaults fill the rest. */
function buildField(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const type = overrides.type ?? 'short_text';
  const options = type === 'single_choice' || type === 'multiple_choice' ? { options: COLOURS } : {};
  return { key: 'field', type, label: 'A question', ...options, ...overrides };
}

function buildForm(...fieldLists: Record<string, unknown>[][]): unknown {
  return { sections: fieldLists.map((fields, i) => ({ key: `section${i}`, title: `Section ${i}`, fields })) };
}

function errorsOf(def: unknown): string[] {
  const result = validateFormDefinition(def);
  return result.ok ? [] : result.errors;
}

describe('validateFormDefinition', () => {
  it('accepts an empty form, the draft every new intake form starts as', () => {
    expect(validateFormDefinition({ sections: [] })).toEqual({ ok: true, form: { sections: [] } });
  });

  it('accepts a branching form and returns a clean copy with rule values read as their field type', () => {
    const result = validateFormDefinition({
      sections: [
        {
          key: 'about',
          title: '  About the problem ',
          fields: [
            { key: 'topic', type: 'single_choice', label: 'Topic', required: true, options: [{ value: 'billing', label: 'Billing' }] },
            { key: 'amount', type: 'number', label: 'Amount', min: 0, max: 10_000 },
          ],
        },
        {
          key: 'refund',
          title: 'Refund',
          condition: {
            match: 'all',
            rules: [
              { field: 'topic', op: 'equals', value: ' billing ' },
              { field: 'amount', op: 'gt', value: '50' },
            ],
          },
          fields: [{ key: 'reason', type: 'long_text', label: 'Why?', helpText: 'Line one\nline two', maxLength: 2000 }],
        },
      ],
    });
    expect(result).toEqual({
      ok: true,
      form: {
        sections: [
          {
            key: 'about',
            title: 'About the problem',
            fields: [
              { key: 'topic', type: 'single_choice', label: 'Topic', required: true, options: [{ value: 'billing', label: 'Billing' }] },
              { key: 'amount', type: 'number', label: 'Amount', min: 0, max: 10_000 },
            ],
          },
          {
            key: 'refund',
            title: 'Refund',
            condition: {
              match: 'all',
              rules: [
                { field: 'topic', op: 'equals', value: 'billing' },
                { field: 'amount', op: 'gt', value: 50 },
              ],
            },
            fields: [{ key: 'reason', type: 'long_text', label: 'Why?', helpText: 'Line one\nline two', maxLength: 2000 }],
          },
        ],
      } satisfies FormDefinition,
    });
  });

  it.each([null, 'form', [], {}, { sections: 'none' }])('refuses %p as a form', (def) => {
    expect(errorsOf(def)).toEqual(['form: must be an object with a "sections" array']);
  });

  describe('rules may only look back', () => {
    it('refuses a rule on a later field in the same section', () => {
      const def = buildForm([
        buildField({ key: 'first', condition: { match: 'all', rules: [{ field: 'second', op: 'answered' }] } }),
        buildField({ key: 'second' }),
      ]);
      expect(errorsOf(def)).toEqual([
        'sections[0].fields[0].condition.rules[0].field: "second" is not an earlier field; rules may only depend on fields that come before them',
      ]);
    });

    it('refuses a rule on a field in a later section', () => {
      const def = buildForm(
        [buildField({ key: 'first', condition: { match: 'any', rules: [{ field: 'later', op: 'answered' }] } })],
        [buildField({ key: 'later' })],
      );
      expect(errorsOf(def)).toEqual([
        expect.stringContaining('sections[0].fields[0].condition.rules[0].field: "later" is not an earlier field'),
      ]);
    });

    it('refuses a section condition on one of its own fields', () => {
      const def = {
        sections: [
          {
            key: 's',
            title: 'S',
            condition: { match: 'all', rules: [{ field: 'inside', op: 'answered' }] },
            fields: [buildField({ key: 'inside' })],
          },
        ],
      };
      expect(errorsOf(def)).toEqual([expect.stringContaining('sections[0].condition.rules[0].field: "inside" is not an earlier field')]);
    });

    it('refuses a field whose condition refers to itself', () => {
      const def = buildForm([buildField({ key: 'loop', condition: { match: 'all', rules: [{ field: 'loop', op: 'answered' }] } })]);
      expect(errorsOf(def)).toEqual([expect.stringContaining('"loop" is not an earlier field')]);
    });

    it('refuses a rule on a field the form does not have', () => {
      const def = buildForm([
        buildField({ key: 'a' }),
        buildField({ key: 'b', condition: { match: 'all', rules: [{ field: 'ghost', op: 'answered' }] } }),
      ]);
      expect(errorsOf(def)).toEqual(['sections[0].fields[1].condition.rules[0].field: "ghost" is not a field of this form']);
    });

    it('accepts a rule on an earlier field in an earlier section', () => {
      const def = buildForm(
        [buildField({ key: 'a' })],
        [buildField({ key: 'b', condition: { match: 'all', rules: [{ field: 'a', op: 'answered' }] } })],
      );
      expect(errorsOf(def)).toEqual([]);
    });
  });

  describe('keys', () => {
    it.each(['1st', '_private', 'has space', 'dash-ed', 'émoji', '', 'k'.repeat(FORM_LIMITS.maxKeyLength + 1)])(
      'refuses the key %j',
      (key) => {
        expect(errorsOf(buildForm([buildField({ key })]))).toEqual([
          expect.stringMatching(/^sections\[0\]\.fields\[0\]\.key: must start with a letter/),
        ]);
      },
    );

    it.each(['constructor', 'toString', 'hasOwnProperty'])('refuses %s, which would shadow Object.prototype in answers', (key) => {
      expect(errorsOf(buildForm([buildField({ key })]))).toEqual([`sections[0].fields[0].key: "${key}" is reserved`]);
    });

    it('refuses a key used twice, even across a section and a field', () => {
      const def = {
        sections: [
          { key: 'topic', title: 'T', fields: [buildField({ key: 'topic' }), buildField({ key: 'x' })] },
          { key: 's2', title: 'T', fields: [buildField({ key: 'x' })] },
        ],
      };
      expect(errorsOf(def)).toEqual([
        'sections[0].fields[0].key: "topic" is already used by another section or field',
        'sections[1].fields[0].key: "x" is already used by another section or field',
      ]);
    });
  });

  describe('choice fields', () => {
    it('refuses a choice field without options', () => {
      expect(errorsOf(buildForm([buildField({ type: 'single_choice', options: [] })]))).toEqual([
        'sections[0].fields[0].options: a choice field needs at least one option',
      ]);
    });

    it('refuses two options with the same value', () => {
      const options = [
        { value: 'a', label: 'A' },
        { value: 'a', label: 'Also A' },
      ];
      expect(errorsOf(buildForm([buildField({ type: 'multiple_choice', options })]))).toEqual([
        'sections[0].fields[0].options[1].value: "a" is already another option\'s value',
      ]);
    });

    it('refuses options on a field that is not a choice', () => {
      expect(errorsOf(buildForm([buildField({ type: 'short_text', options: COLOURS })]))).toEqual([
        'sections[0].fields[0].options: only choice fields have options',
      ]);
    });
  });

  describe('operators must suit the field they test', () => {
    const withRule = (target: Record<string, unknown>, rule: Record<string, unknown>) =>
      buildForm([
        buildField({ key: 'target', ...target }),
        buildField({ key: 'shown', condition: { match: 'all', rules: [{ field: 'target', ...rule }] } }),
      ]);

    it.each([
      ['gt on text', { type: 'short_text' }, { op: 'gt', value: 3 }, '.op'],
      ['includes on a single choice', { type: 'single_choice' }, { op: 'includes', value: 'red' }, '.op'],
      ['equals on a multiple choice', { type: 'multiple_choice' }, { op: 'equals', value: 'red' }, '.op'],
      ['lt on a checkbox', { type: 'checkbox' }, { op: 'lt', value: true }, '.op'],
      ['an unknown operator', { type: 'number' }, { op: 'between', value: 1 }, '.op'],
      ['a word compared with a number', { type: 'number' }, { op: 'equals', value: 'five' }, '.value'],
      ['an impossible date', { type: 'date' }, { op: 'gt', value: '2023-02-29' }, '.value'],
      ['an unknown option', { type: 'single_choice' }, { op: 'equals', value: 'green' }, '.value'],
      ['an unknown option in includes', { type: 'multiple_choice' }, { op: 'includes', value: 'green' }, '.value'],
      ['a checkbox compared with text', { type: 'checkbox' }, { op: 'equals', value: 'yes' }, '.value'],
      ['an empty includes', { type: 'long_text' }, { op: 'includes', value: '  ' }, '.value'],
      ['a missing value', { type: 'number' }, { op: 'equals' }, '.value'],
      ['an object as value', { type: 'number' }, { op: 'equals', value: { n: 1 } }, '.value'],
      ['an overlong value', { type: 'short_text' }, { op: 'equals', value: 'x'.repeat(FORM_LIMITS.maxRuleValueLength + 1) }, '.value'],
    ])('refuses %s', (_, target, rule, part) => {
      expect(errorsOf(withRule(target, rule))).toEqual([expect.stringContaining(`sections[0].fields[1].condition.rules[0]${part}: `)]);
    });

    it.each([
      ['includes on text', { type: 'short_text' }, { op: 'includes', value: 'refund' }],
      ['includes on email', { type: 'email' }, { op: 'includes', value: '@acme.com' }],
      ['equals on a checkbox', { type: 'checkbox' }, { op: 'equals', value: false }],
      ['lt on a date', { type: 'date' }, { op: 'lt', value: '2024-02-29' }],
      ['answered on anything', { type: 'multiple_choice' }, { op: 'answered' }],
    ])('accepts %s', (_, target, rule) => {
      expect(errorsOf(withRule(target, rule))).toEqual([]);
    });

    it('drops a leftover value from an answered rule', () => {
      const result = validateFormDefinition(withRule({ type: 'number' }, { op: 'answered', value: 3 }));
      expect(result.ok && result.form.sections[0].fields[1].condition?.rules[0]).toEqual({ field: 'target', op: 'answered' });
    });
  });

  describe('limits', () => {
    it.each([
      ['min above max', { type: 'number', min: 10, max: 1 }, 'sections[0].fields[0].min: must not be greater than max (1)'],
      [
        'minLength above maxLength',
        { minLength: 10, maxLength: 5 },
        'sections[0].fields[0].minLength: must not be greater than maxLength (5)',
      ],
      [
        'a negative minLength',
        { minLength: -1 },
        `sections[0].fields[0].minLength: must be a whole number from 0 to ${MAX_TEXT_LENGTH.short_text}`,
      ],
      [
        'a fractional maxLength',
        { type: 'long_text', maxLength: 2.5 },
        `sections[0].fields[0].maxLength: must be a whole number from 0 to ${MAX_TEXT_LENGTH.long_text}`,
      ],
      [
        'a maxLength past the global cap',
        { maxLength: MAX_TEXT_LENGTH.short_text + 1 },
        `sections[0].fields[0].maxLength: must be a whole number from 0 to ${MAX_TEXT_LENGTH.short_text}`,
      ],
      ['an infinite max', { type: 'number', max: Infinity }, 'sections[0].fields[0].max: must be a finite number'],
      ['min on a text field', { min: 1 }, 'sections[0].fields[0].min: applies only to number fields'],
      [
        'maxLength on a number field',
        { type: 'number', maxLength: 3 },
        'sections[0].fields[0].maxLength: applies only to short_text and long_text fields',
      ],
      ['a pattern that does not compile', { pattern: '[a-z' }, 'sections[0].fields[0].pattern: is not a valid regular expression'],
      [
        'a pattern that only compiles once wrapped',
        { pattern: 'a)|(b' },
        'sections[0].fields[0].pattern: is not a valid regular expression',
      ],
      [
        'a pattern on long text',
        { type: 'long_text', pattern: '.*' },
        'sections[0].fields[0].pattern: applies only to short_text and email fields',
      ],
      [
        'a pattern that backtracks exponentially',
        { pattern: '(a+)+$' },
        expect.stringContaining('may not repeat a group that itself repeats'),
      ],
      ['a pattern with a back-reference', { pattern: '(a)\\1' }, 'sections[0].fields[0].pattern: may not use back-references'],
    ])('refuses %s', (_, overrides, message) => {
      expect(errorsOf(buildForm([buildField(overrides)]))).toEqual([message]);
    });

    it.each(['[A-Z]{2}-\\d{4}', '(\\d{3}-){2}\\d{4}', '[^@]+@acme\\.com', '(?:INV|ORD)-\\d+', '\\p{L}+'])(
      'accepts the everyday pattern %s',
      (pattern) => {
        expect(errorsOf(buildForm([buildField({ pattern })]))).toEqual([]);
      },
    );
  });

  describe('size caps', () => {
    it(`refuses more than ${FORM_LIMITS.maxFields} fields across sections`, () => {
      const fields = (offset: number, count: number) => Array.from({ length: count }, (_, i) => buildField({ key: `f${offset + i}` }));
      expect(errorsOf(buildForm(fields(0, 50), fields(50, 50)))).toEqual([]);
      expect(errorsOf(buildForm(fields(0, 50), fields(50, 51)))).toEqual([
        `sections: at most ${FORM_LIMITS.maxFields} fields are allowed in a form`,
      ]);
    });

    it(`refuses more than ${FORM_LIMITS.maxSections} sections`, () => {
      const def = buildForm(...Array.from({ length: FORM_LIMITS.maxSections + 1 }, () => []));
      expect(errorsOf(def)).toEqual([`sections: at most ${FORM_LIMITS.maxSections} sections are allowed`]);
    });

    it(`refuses a label over ${FORM_LIMITS.maxLabelLength} characters and an empty one`, () => {
      expect(errorsOf(buildForm([buildField({ label: 'x'.repeat(FORM_LIMITS.maxLabelLength) })]))).toEqual([]);
      expect(errorsOf(buildForm([buildField({ label: 'x'.repeat(FORM_LIMITS.maxLabelLength + 1) })]))).toEqual([
        `sections[0].fields[0].label: must be at most ${FORM_LIMITS.maxLabelLength} characters`,
      ]);
      expect(errorsOf(buildForm([buildField({ label: '   ' })]))).toEqual(['sections[0].fields[0].label: must not be empty']);
    });

    it('refuses a line break in a label', () => {
      expect(errorsOf(buildForm([buildField({ label: 'Subject\r\nBcc: x' })]))).toEqual([
        'sections[0].fields[0].label: must be a single line without control characters',
      ]);
    });

    it(`refuses more than ${FORM_LIMITS.maxOptions} options and more than ${FORM_LIMITS.maxRules} rules`, () => {
      const options = Array.from({ length: FORM_LIMITS.maxOptions + 1 }, (_, i) => ({ value: `o${i}`, label: `O${i}` }));
      const rules = Array.from({ length: FORM_LIMITS.maxRules + 1 }, () => ({ field: 'a', op: 'answered' }));
      const def = buildForm([
        buildField({ key: 'a', type: 'single_choice', options }),
        buildField({ key: 'b', condition: { match: 'any', rules } }),
      ]);
      expect(errorsOf(def)).toEqual([
        `sections[0].fields[0].options: at most ${FORM_LIMITS.maxOptions} options are allowed`,
        `sections[0].fields[1].condition.rules: at most ${FORM_LIMITS.maxRules} rules are allowed`,
      ]);
    });
  });

  it('refuses properties it does not know, so a typo such as "requried" is not silently ignored', () => {
    expect(errorsOf(buildForm([buildField({ requried: true })]))).toEqual(['sections[0].fields[0].requried: is not a known property']);
  });

  it('refuses a field type it does not know, without blaming the rules that depend on that field', () => {
    const def = buildForm([
      buildField({ key: 'a', type: 'file_upload' }),
      buildField({ key: 'b', condition: { match: 'all', rules: [{ field: 'a', op: 'answered' }] } }),
    ]);
    expect(errorsOf(def)).toEqual([expect.stringMatching(/^sections\[0\]\.fields\[0\]\.type: must be one of short_text, /)]);
  });

  it('reports every problem at once so the form builder can mark them all', () => {
    const def = buildForm([buildField({ key: '1bad', label: '' }), buildField({ key: 'ok', type: 'number', min: 5, max: 1 })]);
    expect(errorsOf(def)).toHaveLength(3);
  });
});
