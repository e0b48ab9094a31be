import { MAX_FILES_PER_MESSAGE } from '../attachments/attachment-limits';
import { validateFormDefinition } from './form-definition.validator';
import { computeVisibility } from './form-visibility.evaluator';
import type { FormDefinition } from './form.types';
import { RULE_OPS_BY_FIELD_TYPE } from './rule.interpreter';
import { evaluateSubmission } from './submission.evaluator';

const A = '0b6f1c1e-8a52-4c39-9d1c-2f3a4b5c6d7e';
const B = '5f0e2d3c-1b4a-4e9f-8c7d-6a5b4c3d2e1f';

function form(file: Record<string, unknown>, ...after: Record<string, unknown>[]): unknown {
  return { sections: [{ key: 's', title: 'S', fields: [{ key: 'files', type: 'file', label: 'Screenshots', ...file }, ...after] }] };
}
const errorsOf = (def: unknown) => {
  const result = validateFormDefinition(def);
  return result.ok ? [] : result.errors;
};
const checked = (def: unknown): FormDefinition => {
  const result = validateFormDefinition(def);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.form;
};

describe('file questions in a form definition', () => {
  it('accepts a file question with a label, help text, required and maxFiles from 1 to 10', () => {
    const def = form({ helpText: ' PNG or PDF ', required: true, maxFiles: 3 });
    expect(checked(def).sections[0].fields[0]).toEqual({
      key: 'files',
      type: 'file',
      label: 'Screenshots',
      helpText: 'PNG or PDF',
      required: true,
      maxFiles: 3,
    });
    expect(errorsOf(form({ maxFiles: MAX_FILES_PER_MESSAGE }))).toEqual([]);
  });

  it('refuses maxFiles outside 1–10, not whole, or on another type', () => {
    for (const maxFiles of [0, 11, 2.5, '3']) {
      expect(errorsOf(form({ maxFiles }))).toEqual(['sections[0].fields[0].maxFiles: must be a whole number from 1 to 10']);
    }
    const onText = { sections: [{ key: 's', title: 'S', fields: [{ key: 't', type: 'short_text', label: 'T', maxFiles: 2 }] }] };
    expect(errorsOf(onText)).toEqual(['sections[0].fields[0].maxFiles: applies only to file fields']);
  });

  it('refuses options, lengths and patterns on a file question', () => {
    expect(errorsOf(form({ options: [{ value: 'a', label: 'A' }], maxLength: 3, pattern: 'x' }))).toHaveLength(3);
  });

  it('a rule on a file question can only ask whether files were attached', () => {
    expect(RULE_OPS_BY_FIELD_TYPE.file).toEqual(['answered']);
    for (const op of ['equals', 'not_equals', 'includes', 'gt', 'lt']) {
      const def = form(
        {},
        { key: 'next', type: 'short_text', label: 'Next', condition: { match: 'all', rules: [{ field: 'files', op, value: A }] } },
      );
      expect(errorsOf(def)).toEqual([`sections[0].fields[1].condition.rules[0].op: "${op}" does not apply to file fields (use answered)`]);
    }
    const answered = checked(
      form(
        {},
        { key: 'next', type: 'short_text', label: 'Next', condition: { match: 'all', rules: [{ field: 'files', op: 'answered' }] } },
      ),
    );
    expect(computeVisibility(answered, {}).fields.has('next')).toBe(false);
    expect(computeVisibility(answered, { files: [A] }).fields.has('next')).toBe(true);
    expect(computeVisibility(answered, { files: [] }).fields.has('next')).toBe(false);
  });
});

describe('file answers', () => {
  const def = checked(form({ maxFiles: 2 }));
  const verdict = (files: unknown) => evaluateSubmission(def, { files });

  it('are distinct upload ids, kept lowercased; an empty list is no answer', () => {
    expect(verdict([A, B.toUpperCase()])).toEqual({ ok: true, answers: { files: [A, B] } });
    expect(verdict([])).toEqual({ ok: true, answers: {} });
    expect(verdict(null)).toEqual({ ok: true, answers: {} });
  });

  it('refuses more than maxFiles, a duplicate, a non-id or a non-list', () => {
    expect(verdict([A, B, '9a6f1c1e-8a52-4c39-9d1c-2f3a4b5c6d7e'])).toEqual({
      ok: false,
      errors: [{ field: 'files', code: 'too_large', message: 'Attach at most 2 files.' }],
    });
    expect(verdict([A, A.toUpperCase()])).toEqual({
      ok: false,
      errors: [{ field: 'files', code: 'invalid_value', message: 'The same file is attached twice.' }],
    });
    for (const bad of [['report.pdf'], [42], A, { id: A }]) {
      expect(verdict(bad)).toEqual({
        ok: false,
        errors: [{ field: 'files', code: 'invalid_value', message: 'Attach files by uploading them.' }],
      });
    }
  });

  it('never more than 10, whatever maxFiles says, and a required file question needs a file', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `0b6f1c1e-8a52-4c39-9d1c-2f3a4b5c6d${(10 + i).toString(16).padStart(2, '0')}`);
    const unbounded = checked(form({ required: true }));
    expect(evaluateSubmission(unbounded, { files: eleven })).toMatchObject({ ok: false, errors: [{ code: 'too_large' }] });
    expect(evaluateSubmission(unbounded, { files: eleven.slice(0, 10) })).toMatchObject({ ok: true });
    expect(evaluateSubmission(unbounded, {})).toMatchObject({ ok: false, errors: [{ field: 'files', code: 'required' }] });
  });

  it("a hidden file question's answer is dropped", () => {
    const branched = checked({
      sections: [
        {
          key: 's',
          title: 'S',
          fields: [
            { key: 'hasLog', type: 'checkbox', label: 'I have a log' },
            {
              key: 'log',
              type: 'file',
              label: 'Log',
              condition: { match: 'all', rules: [{ field: 'hasLog', op: 'equals', value: true }] },
            },
          ],
        },
      ],
    });
    expect(evaluateSubmission(branched, { log: [A] })).toEqual({ ok: true, answers: {} });
    expect(evaluateSubmission(branched, { hasLog: true, log: [A] })).toEqual({ ok: true, answers: { hasLog: true, log: [A] } });
  });
});
