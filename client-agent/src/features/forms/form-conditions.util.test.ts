import { evaluateSubmission, RULE_OPS_BY_FIELD_TYPE, type FormDefinition, type FormField } from '@actionconnect/shared';
import { describe, expect, it } from '@jest/globals';
import { conditionSummary, defaultRule, opsFor, ruleTargets, withOp } from './form-conditions.util';
import { canFill, fillableFields, mappingIssues, readMappings, repairMappings } from './form-mappings.util';

const form: FormDefinition = {
  sections: [
    {
      key: 'first',
      title: 'First',
      fields: [
        { key: 'a', type: 'short_text', label: 'A' },
        { key: 'b', type: 'checkbox', label: 'B' },
        { key: 'c', type: 'number', label: 'C' },
      ],
    },
    { key: 'second', title: 'Second', fields: [{ key: 'd', type: 'date', label: 'D' }] },
  ],
};

describe('which questions a rule may refer to', () => {
  it('offers a question only the questions before it', () => {
    expect(ruleTargets(form, { section: 0, field: 0 })).toEqual([]);
    expect(ruleTargets(form, { section: 0, field: 2 }).map((f) => f.key)).toEqual(['a', 'b']);
    expect(ruleTargets(form, { section: 1, field: 0 }).map((f) => f.key)).toEqual(['a', 'b', 'c']);
  });

  it('offers a section only the questions of earlier sections, never its own', () => {
    expect(ruleTargets(form, { section: 0 })).toEqual([]);
    expect(ruleTargets(form, { section: 1 }).map((f) => f.key)).toEqual(['a', 'b', 'c']);
  });
});

describe('rule operators and values', () => {
  it("offers the shared engine's operators for each type", () => {
    expect(opsFor('multiple_choice')).toBe(RULE_OPS_BY_FIELD_TYPE.multiple_choice);
    expect(opsFor('date')).toContain('gt');
    expect(opsFor('checkbox')).not.toContain('includes');
  });

  it('starts every rule valid for the engine, whatever the type of the question it tests', () => {
    const types: FormField[] = [
      { key: 't', type: 'short_text', label: 'T' },
      { key: 'n', type: 'number', label: 'N' },
      { key: 'x', type: 'checkbox', label: 'X' },
      { key: 's', type: 'single_choice', label: 'S', options: [{ value: 'one', label: 'One' }] },
      { key: 'm', type: 'multiple_choice', label: 'M', options: [{ value: 'one', label: 'One' }] },
    ];
    for (const target of types) {
      const rule = defaultRule(target);
      expect(opsFor(target.type)).toContain(rule.op);
      const definition = {
        sections: [
          {
            key: 'z',
            title: 'Z',
            fields: [
              target,
              { key: 'after', type: 'short_text' as const, label: 'After', condition: { match: 'all' as const, rules: [rule] } },
            ],
          },
        ],
      };
      expect(evaluateSubmission(definition, {}).ok).toBe(true);
    }
  });

  it('keeps a value across operators when it still fits and resets it when it does not', () => {
    const number: FormField = { key: 'n', type: 'number', label: 'N' };
    expect(withOp({ field: 'n', op: 'gt', value: 5 }, number, 'lt')).toEqual({ field: 'n', op: 'lt', value: 5 });
    expect(withOp({ field: 'n', op: 'answered' }, number, 'gt')).toEqual({ field: 'n', op: 'gt', value: 0 });
    expect(withOp({ field: 'n', op: 'gt', value: 5 }, number, 'answered')).toEqual({ field: 'n', op: 'answered' });
  });

  it('says a condition in words', () => {
    const fields = new Map(form.sections.flatMap((s) => s.fields).map((f) => [f.key, f]));
    expect(
      conditionSummary(
        {
          match: 'any',
          rules: [
            { field: 'b', op: 'equals', value: true },
            { field: 'c', op: 'gt', value: 3 },
          ],
        },
        fields,
      ),
    ).toBe('Shown when “B” is checked or “C” is more than “3”');
    expect(conditionSummary({ match: 'all', rules: [] }, fields)).toBeNull();
  });
});

describe('mappings', () => {
  const fields = [
    {
      key: 'product',
      label: 'Product',
      type: 'single_choice',
      options: [
        { value: 'one', label: 'One' },
        { value: 'two', label: 'Two' },
      ],
    },
    { key: 'notes', label: 'Notes', type: 'long_text', options: [] },
  ];
  const choice: FormField = { key: 'p', type: 'single_choice', label: 'P', options: [{ value: 'one', label: 'One' }] };

  it('lets a question fill only custom fields that hold its answers, each field filled once', () => {
    expect(canFill(choice, fields[0])).toBe(true);
    expect(canFill({ ...choice, options: [{ value: 'three', label: 'Three' }] }, fields[0])).toBe(false);
    expect(fillableFields({ key: 'a', type: 'short_text', label: 'A' }, readMappings({ customFields: { b: 'notes' } }), fields)).toEqual(
      [],
    );
  });

  it('drops mappings of removed questions and flags custom fields that no longer fit', () => {
    const mappings = readMappings({ subject: 'gone', description: 'a', customFields: { a: 'notes', c: 'product', zz: 'notes' } });
    const repaired = repairMappings(form, mappings);
    expect(repaired.mappings).toEqual({ subject: null, description: 'a', customFields: { a: 'notes', c: 'product' } });
    expect(repaired.notes.map((n) => n.where)).toEqual(['Ticket subject', 'Custom field “notes”']);
    expect([...mappingIssues(form, repaired.mappings, fields).keys()]).toEqual(['c']);
  });
});
