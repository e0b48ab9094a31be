import { computeVisibility, isFieldVisible, isSectionVisible, visibleFieldKeys } from './form-visibility.evaluator';
import type { Answers, Condition, FieldType, FormDefinition, FormField, Rule } from './form.types';

const OPTIONS = ['red', 'green', 'blue'].map((value) => ({ value, label: value }));

function buildField(key: string, type: FieldType, overrides: Partial<FormField> = {}): FormField {
  const options = type === 'single_choice' || type === 'multiple_choice' ? { options: OPTIONS } : {};
  return { key, type, label: key, ...options, ...overrides };
}

function when(rule: Rule, ...more: Rule[]): Condition {
  return { match: 'all', rules: [rule, ...more] };
}

/** A form with one `source` field and a `target` field shown when the rule holds. */
function formWithRule(type: FieldType, rule: Omit<Rule, 'field'>): FormDefinition {
  return {
    sections: [
      {
        key: 's',
        title: 'S',
        fields: [buildField('source', type), buildField('target', 'short_text', { condition: when({ field: 'source', ...rule }) })],
      },
    ],
  };
}

function shows(type: FieldType, rule: Omit<Rule, 'field'>, answer: Answers[string]): boolean {
  return isFieldVisible(formWithRule(type, rule), { source: answer }, 'target');
}

describe('rule operators', () => {
  it.each<[string, FieldType, Omit<Rule, 'field'>, Answers[string], boolean]>([
    ['equals matches a number typed as text', 'number', { op: 'equals', value: 5 }, '5', true],
    ['equals matches a number rule written as text', 'number', { op: 'equals', value: '5' }, 5, true],
    ['equals treats 5 and 5.0 as one number', 'number', { op: 'equals', value: 5 }, '5.0', true],
    ['equals does not match another number', 'number', { op: 'equals', value: 5 }, 6, false],
    ['equals does not match an unreadable number', 'number', { op: 'equals', value: 5 }, '5 apples', false],
    ['equals ignores case and surrounding space in text', 'short_text', { op: 'equals', value: 'Acme' }, '  ACME ', true],
    ['equals on text is not a substring test', 'short_text', { op: 'equals', value: 'Acme' }, 'Acme Corp', false],
    ['equals ignores case in email', 'email', { op: 'equals', value: 'Boss@Acme.com' }, 'boss@ACME.com', true],
    ['equals compares choices by option value', 'single_choice', { op: 'equals', value: 'red' }, 'red', true],
    ['equals is case-sensitive for option values', 'single_choice', { op: 'equals', value: 'red' }, 'RED', false],
    ['equals compares dates', 'date', { op: 'equals', value: '2024-02-29' }, '2024-02-29', true],
    ['equals true holds for a checked box', 'checkbox', { op: 'equals', value: true }, true, true],
    ['equals true fails for an unchecked box', 'checkbox', { op: 'equals', value: true }, false, false],
    ['equals false holds for an unchecked box', 'checkbox', { op: 'equals', value: false }, false, true],
    ['equals false holds for an untouched box', 'checkbox', { op: 'equals', value: false }, undefined, true],
    ['a checkbox is not checked by the string "true"', 'checkbox', { op: 'equals', value: true }, 'true', false],
    ['not_equals holds for a different choice', 'single_choice', { op: 'not_equals', value: 'red' }, 'blue', true],
    ['not_equals fails for the same choice', 'single_choice', { op: 'not_equals', value: 'red' }, 'red', false],
    ['not_equals holds while unanswered', 'single_choice', { op: 'not_equals', value: 'red' }, undefined, true],
    ['not_equals on a number reads "5" as 5', 'number', { op: 'not_equals', value: 5 }, '5', false],
    ['includes finds a chosen option', 'multiple_choice', { op: 'includes', value: 'green' }, ['red', 'green'], true],
    ['includes misses an unchosen option', 'multiple_choice', { op: 'includes', value: 'green' }, ['red'], false],
    ['includes finds text anywhere, ignoring case', 'long_text', { op: 'includes', value: 'Refund' }, 'I want a REFUND now', true],
    ['includes misses absent text', 'short_text', { op: 'includes', value: 'refund' }, 'a question', false],
    ['includes matches an email domain', 'email', { op: 'includes', value: '@acme.com' }, 'jo@acme.com', true],
    ['answered holds for text', 'short_text', { op: 'answered' }, 'hi', true],
    ['answered fails for whitespace', 'short_text', { op: 'answered' }, '   ', false],
    ['answered fails for an empty selection', 'multiple_choice', { op: 'answered' }, [], false],
    ['answered holds for zero', 'number', { op: 'answered' }, 0, true],
    ['answered fails for an unchecked box', 'checkbox', { op: 'answered' }, false, false],
    ['answered fails for an invalid value', 'email', { op: 'answered' }, 'a@x.com,b@y.com', false],
    ['gt compares numbers, not strings', 'number', { op: 'gt', value: 9 }, '10', true],
    ['gt is strict', 'number', { op: 'gt', value: 10 }, 10, false],
    ['lt compares numbers', 'number', { op: 'lt', value: 0 }, -0.5, true],
    ['gt compares dates in calendar order', 'date', { op: 'gt', value: '2023-12-31' }, '2024-01-01', true],
    ['lt compares dates in calendar order', 'date', { op: 'lt', value: '2024-01-01' }, '2024-01-02', false],
    ['gt fails while unanswered', 'number', { op: 'gt', value: -1000 }, undefined, false],
    ['lt fails on an impossible date', 'date', { op: 'lt', value: '2030-01-01' }, '2023-02-30', false],
  ])('%s', (_, type, rule, answer, expected) => {
    expect(shows(type, rule, answer)).toBe(expected);
  });

  it('never lets a rule that cannot be read hold, not even not_equals', () => {
    expect(shows('number', { op: 'not_equals', value: 'five' }, 6)).toBe(false);
    expect(shows('short_text', { op: 'gt', value: 1 }, 'b')).toBe(false);
  });
});

describe('conditions', () => {
  const form: FormDefinition = {
    sections: [
      {
        key: 's',
        title: 'S',
        fields: [
          buildField('a', 'checkbox'),
          buildField('b', 'checkbox'),
          buildField('both', 'short_text', {
            condition: {
              match: 'all',
              rules: [
                { field: 'a', op: 'answered' },
                { field: 'b', op: 'answered' },
              ],
            },
          }),
          buildField('either', 'short_text', {
            condition: {
              match: 'any',
              rules: [
                { field: 'a', op: 'answered' },
                { field: 'b', op: 'answered' },
              ],
            },
          }),
          buildField('always_all', 'short_text', { condition: { match: 'all', rules: [] } }),
          buildField('always_any', 'short_text', { condition: { match: 'any', rules: [] } }),
        ],
      },
    ],
  };

  it.each([
    [{}, ['a', 'b', 'always_all', 'always_any']],
    [{ a: true }, ['a', 'b', 'either', 'always_all', 'always_any']],
    [{ a: true, b: true }, ['a', 'b', 'both', 'either', 'always_all', 'always_any']],
  ])('"all" needs every rule, "any" needs one, and no rules means always (answers %j)', (answers, expected) => {
    expect([...visibleFieldKeys(form, answers)]).toEqual(expected);
  });
});

describe('hiding cascades', () => {
  const form: FormDefinition = {
    sections: [
      {
        key: 'start',
        title: 'Start',
        fields: [
          buildField('topic', 'single_choice'),
          buildField('shade', 'short_text', { condition: when({ field: 'topic', op: 'equals', value: 'red' }) }),
          buildField('detail', 'short_text', { condition: when({ field: 'shade', op: 'answered' }) }),
        ],
      },
      {
        key: 'followup',
        title: 'Follow-up',
        condition: when({ field: 'detail', op: 'includes', value: 'more' }),
        fields: [buildField('more', 'long_text'), buildField('agree', 'checkbox', { condition: when({ field: 'more', op: 'answered' }) })],
      },
    ],
  };
  const everything: Answers = { topic: 'red', shade: 'crimson', detail: 'tell me more', more: 'sure', agree: true };

  it('shows the whole chain while every link holds', () => {
    expect(computeVisibility(form, everything)).toEqual({
      sections: new Set(['start', 'followup']),
      fields: new Set(['topic', 'shade', 'detail', 'more', 'agree']),
    });
  });

  it('changing the first answer hides every question downstream, even though their answers remain', () => {
    const answers = { ...everything, topic: 'blue' };
    expect(computeVisibility(form, answers)).toEqual({ sections: new Set(['start']), fields: new Set(['topic']) });
    expect(isSectionVisible(form, answers, 'followup')).toBe(false);
  });

  it('a hidden section hides its fields whatever their own conditions say', () => {
    const answers = { ...everything, detail: 'that is all' };
    expect(isFieldVisible(form, answers, 'more')).toBe(false);
    expect(isFieldVisible(form, answers, 'agree')).toBe(false);
  });

  it('an unknown key is never visible', () => {
    expect(isFieldVisible(form, everything, 'nope')).toBe(false);
    expect(isSectionVisible(form, everything, 'nope')).toBe(false);
  });

  it('a checkbox hidden upstream reads as unchecked, so "equals false" can show a question', () => {
    const checkboxForm: FormDefinition = {
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [
            buildField('has_order', 'checkbox'),
            buildField('agree', 'checkbox', { condition: when({ field: 'has_order', op: 'equals', value: true }) }),
            buildField('why_not', 'short_text', { condition: when({ field: 'agree', op: 'equals', value: false }) }),
          ],
        },
      ],
    };
    expect(visibleFieldKeys(checkboxForm, { agree: true })).toEqual(new Set(['has_order', 'why_not']));
    expect(visibleFieldKeys(checkboxForm, { has_order: true, agree: true })).toEqual(new Set(['has_order', 'agree']));
  });
});

describe('robustness', () => {
  it('reads only own properties, so a field keyed like an Object member is unanswered', () => {
    const form: FormDefinition = {
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [
            buildField('valueOf', 'short_text'),
            buildField('x', 'short_text', { condition: when({ field: 'valueOf', op: 'answered' }) }),
          ],
        },
      ],
    };
    expect(visibleFieldKeys(form, {})).toEqual(new Set(['valueOf']));
  });

  it('never lets a forward reference hold, even in a form that skipped validation', () => {
    const form: FormDefinition = {
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [
            buildField('early', 'short_text', { condition: when({ field: 'late', op: 'not_equals', value: 'x' }) }),
            buildField('late', 'short_text'),
          ],
        },
      ],
    };
    expect(visibleFieldKeys(form, { late: 'y' })).toEqual(new Set(['late']));
  });
});
