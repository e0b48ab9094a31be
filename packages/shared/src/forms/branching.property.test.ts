import fc from 'fast-check';
import {
  FIELD_TYPES,
  type AnswerValue,
  type Answers,
  type Condition,
  type FieldType,
  type FormDefinition,
  type FormField,
  type Rule,
} from './form.types';
import { validateFormDefinition } from './form-definition.validator';
import { visibleFieldKeys } from './form-visibility.evaluator';
import { RULE_OPS_BY_FIELD_TYPE } from './rule.interpreter';
import { evaluateSubmission } from './submission.evaluator';

// Values come from small pools shared by rules and answers, so generated rules hold often
// enough for deep chains of shown and hidden questions to appear.
const OPTION_VALUES = ['a', 'b', 'c'];
const TEXTS = ['yes', 'No', 'refund please', 'YES'];
const EMAILS = ['jo@x.com', 'AL@Y.org'];
const NUMBERS = [-1, 0, 5, 10];
const DATES = ['2024-01-01', '2024-02-29', '2025-06-30'];
const FILE_IDS = ['0b6f1c1e-8a52-4c39-9d1c-2f3a4b5c6d7e', '5f0e2d3c-1b4a-4e9f-8c7d-6a5b4c3d2e1f'];

const RULE_VALUES: Record<FieldType, Record<string, readonly (string | number | boolean)[]>> = {
  short_text: { equals: TEXTS, includes: ['yes', 'refund'] },
  long_text: { equals: TEXTS, includes: ['yes', 'refund'] },
  email: { equals: EMAILS, includes: ['@x.com', 'al'] },
  number: { equals: [...NUMBERS, '5'] },
  date: { equals: DATES },
  single_choice: { equals: OPTION_VALUES },
  multiple_choice: { includes: OPTION_VALUES },
  checkbox: { equals: [true, false] },
  file: {}, // only "answered" applies
};

/** A valid answer, and whether it is empty (so the server should not keep it). */
type Answer = { raw: unknown; empty: boolean };
const filled = (...raws: unknown[]): Answer[] => raws.map((raw) => ({ raw, empty: false }));
const blank = (...raws: unknown[]): Answer[] => raws.map((raw) => ({ raw, empty: true }));

const VALID_ANSWERS: Record<FieldType, Answer[]> = {
  short_text: [...filled(...TEXTS, '  yes '), ...blank('', '   ', null)],
  long_text: [...filled(...TEXTS, 'refund\r\nplease'), ...blank('', '\n', undefined)],
  email: [...filled(...EMAILS, ' jo@X.com '), ...blank('', null)],
  number: [...filled(...NUMBERS, '5', ' 10 ', '-1.0'), ...blank('', null)],
  date: [...filled(...DATES, ' 2024-01-01'), ...blank('', null)],
  single_choice: [...filled(...OPTION_VALUES), ...blank('', null)],
  multiple_choice: [...filled(['a'], ['c', 'a'], ['a', 'b', 'c']), ...blank([], null)],
  checkbox: [...filled(true), ...blank(false, null)],
  file: [...filled([FILE_IDS[0]], FILE_IDS, [FILE_IDS[1].toUpperCase()]), ...blank([], null)],
};

const JUNK_ANSWERS: Record<FieldType, unknown[]> = {
  short_text: [42, 'two\nlines', ['yes']],
  long_text: [false, 'x'.repeat(10_001)],
  email: ['a@x.com,b@y.com', 'a@x.com\r\nBcc: b@y.com', 'nobody'],
  number: ['five', NaN, Infinity, '1e3'],
  date: ['2023-02-29', '01/02/2024', 20240101],
  single_choice: ['z', ['a']],
  multiple_choice: ['a', ['a', 'a'], ['a', 'z']],
  checkbox: ['true', 1],
  file: [FILE_IDS[0], ['not-a-uuid'], [FILE_IDS[0], FILE_IDS[0]], Array.from({ length: 11 }, () => FILE_IDS[0]), [42]],
};

const ruleSeed = fc.record({ target: fc.nat(), op: fc.nat(), value: fc.nat() });
const conditionSeed = fc.option(
  fc.record({ match: fc.constantFrom<'all' | 'any'>('all', 'any'), rules: fc.array(ruleSeed, { maxLength: 3 }) }),
  { nil: undefined },
);
const fieldSeed = fc.record({
  type: fc.constantFrom(...FIELD_TYPES),
  required: fc.nat(4).map((n) => n === 0), // rare, so most submissions get far enough to be kept
  condition: conditionSeed,
  startsSection: fc.boolean(),
  sectionCondition: conditionSeed,
});
type FieldSeed = typeof fieldSeed extends fc.Arbitrary<infer T> ? T : never;
type ConditionSeed = FieldSeed['condition'];

/** Turns seeds into a form whose rules only ever point back at earlier fields, with values that suit them. */
function buildForm(seeds: FieldSeed[]): FormDefinition {
  const form: FormDefinition = { sections: [] };
  const earlier: FormField[] = [];
  const condition = (seed: ConditionSeed): Condition | undefined => {
    if (!seed || earlier.length === 0) return undefined;
    const rules = seed.rules.map((r): Rule => {
      const target = earlier[r.target % earlier.length];
      const ops = RULE_OPS_BY_FIELD_TYPE[target.type];
      const op = ops[r.op % ops.length];
      if (op === 'answered') return { field: target.key, op };
      const pool = RULE_VALUES[target.type][op] ?? RULE_VALUES[target.type].equals;
      return { field: target.key, op, value: pool[r.value % pool.length] };
    });
    return { match: seed.match, rules };
  };
  seeds.forEach((seed, i) => {
    if (i === 0 || seed.startsSection) {
      form.sections.push({ key: `s${i}`, title: `Section ${i}`, condition: condition(seed.sectionCondition), fields: [] });
    }
    const field: FormField = {
      key: `f${i}`,
      type: seed.type,
      label: `Question ${i}`,
      required: seed.required,
      condition: condition(seed.condition),
    };
    if (seed.type === 'single_choice' || seed.type === 'multiple_choice') {
      field.options = OPTION_VALUES.map((value) => ({ value, label: value.toUpperCase() }));
    }
    form.sections[form.sections.length - 1].fields.push(field);
    earlier.push(field);
  });
  return JSON.parse(JSON.stringify(form)) as FormDefinition; // as stored: no undefined properties
}

const formArb = fc.array(fieldSeed, { minLength: 1, maxLength: 12 }).map(buildForm);
const fieldsOf = (form: FormDefinition) => form.sections.flatMap((section) => section.fields);

/** Valid answers only, each paired with whether it is empty. */
const validCase = formArb.chain((form) =>
  fc
    .tuple(...fieldsOf(form).map((field) => fc.option(fc.constantFrom(...VALID_ANSWERS[field.type]), { nil: undefined })))
    .map((picks) => ({ form, picks: fieldsOf(form).map((field, i) => ({ key: field.key, answer: picks[i] })) })),
);

/** Anything a client might send: valid answers, junk, and keys the form does not have. */
const anyCase = formArb.chain((form) =>
  fc
    .tuple(
      ...fieldsOf(form).map((field) =>
        fc.option(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...VALID_ANSWERS[field.type]).map((a) => a.raw) },
            { weight: 1, arbitrary: fc.constantFrom(...JUNK_ANSWERS[field.type]) },
          ),
          { nil: undefined },
        ),
      ),
      fc.dictionary(fc.constantFrom('extra', 'isAdmin', 'f99', 'constructor'), fc.jsonValue(), { maxKeys: 2 }),
    )
    .map((values) => {
      const extras = values.pop() as Record<string, unknown>;
      const answers: Record<string, unknown> = { ...extras };
      fieldsOf(form).forEach((field, i) => {
        if (values[i] !== undefined) answers[field.key] = values[i];
      });
      return { form, answers };
    }),
);

/** What the portal sends: only the answers to the questions it is showing. */
function clientPayload(form: FormDefinition, answers: Record<string, unknown>): Record<string, unknown> {
  const visible = visibleFieldKeys(form, answers as Answers);
  return Object.fromEntries(Object.entries(answers).filter(([key]) => visible.has(key)));
}

const RUNS = { numRuns: 300 };

describe('the portal and the server agree on branching', () => {
  it('every generated form passes validation, and validation does not change what it shows', () => {
    fc.assert(
      fc.property(validCase, ({ form, picks }) => {
        const result = validateFormDefinition(form);
        if (!result.ok) throw new Error(result.errors.join('\n'));
        const answers = Object.fromEntries(picks.map(({ key, answer }) => [key, answer?.raw])) as Answers;
        expect(visibleFieldKeys(result.form, answers)).toEqual(visibleFieldKeys(form, answers));
      }),
      RUNS,
    );
  });

  it('the server keeps exactly the visible, non-empty answers the portal would send', () => {
    fc.assert(
      fc.property(validCase, ({ form, picks }) => {
        const answers = Object.fromEntries(picks.filter((p) => p.answer).map(({ key, answer }) => [key, answer?.raw]));
        const visible = visibleFieldKeys(form, answers as Answers);
        const kept = picks.filter((p) => visible.has(p.key) && p.answer && !p.answer.empty).map((p) => p.key);
        const missingRequired = fieldsOf(form)
          .filter((f) => f.required && visible.has(f.key) && !kept.includes(f.key))
          .map((f) => f.key);

        const result = evaluateSubmission(form, answers);
        if (missingRequired.length > 0) {
          expect(result).toEqual({
            ok: false,
            errors: missingRequired.map((field) => expect.objectContaining({ field, code: 'required' })),
          });
        } else {
          expect(result.ok && Object.keys(result.answers)).toEqual(kept);
        }
      }),
      RUNS,
    );
  });

  it('whatever is sent, pruning hidden answers on the client changes nothing on the server', () => {
    fc.assert(
      fc.property(anyCase, ({ form, answers }) => {
        expect(evaluateSubmission(form, clientPayload(form, answers))).toEqual(evaluateSubmission(form, answers));
      }),
      RUNS,
    );
  });

  it('answers to hidden or unknown fields never survive and never cause an error', () => {
    fc.assert(
      fc.property(anyCase, ({ form, answers }) => {
        const visible = visibleFieldKeys(form, answers as Answers);
        const result = evaluateSubmission(form, answers);
        const named = result.ok ? Object.keys(result.answers) : result.errors.map((e) => e.field);
        for (const key of named) expect(visible).toContain(key);
      }),
      RUNS,
    );
  });

  it('stored answers replay to the same visible form, and evaluating them again changes nothing', () => {
    fc.assert(
      fc.property(anyCase, ({ form, answers }) => {
        const result = evaluateSubmission(form, answers);
        fc.pre(result.ok);
        const stored = (result as { answers: Record<string, AnswerValue> }).answers;
        expect(visibleFieldKeys(form, stored)).toEqual(visibleFieldKeys(form, answers as Answers));
        expect(evaluateSubmission(form, stored)).toEqual(result);
      }),
      RUNS,
    );
  });
});
