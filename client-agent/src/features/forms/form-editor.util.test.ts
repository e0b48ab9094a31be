import { validateFormDefinition, type FormDefinition } from '@actionconnect/shared';
import { describe, expect, it } from '@jest/globals';
import {
  addField,
  canMoveField,
  changeFieldType,
  keyFromLabel,
  moveField,
  placeProblems,
  removeField,
  renameFieldKey,
  replaceField,
  renameOptionValue,
  uniqueKey,
  type FormDraft,
} from './form-editor.util';

// A small version of the demo form: the topic decides whether the invoice question shows, and a
// whole section depends on the topic too.
function demoDraft(): FormDraft {
  const definition: FormDefinition = {
    sections: [
      {
        key: 'request',
        title: 'Your request',
        fields: [
          { key: 'subject', type: 'short_text', label: 'Subject', required: true },
          {
            key: 'topic',
            type: 'single_choice',
            label: 'Topic',
            options: [
              { value: 'billing', label: 'Billing' },
              { value: 'technical', label: 'Technical' },
            ],
          },
          {
            key: 'invoice',
            type: 'short_text',
            label: 'Invoice number',
            condition: { match: 'all', rules: [{ field: 'topic', op: 'equals', value: 'billing' }] },
          },
        ],
      },
      {
        key: 'technical',
        title: 'About the problem',
        condition: { match: 'any', rules: [{ field: 'topic', op: 'equals', value: 'technical' }] },
        fields: [{ key: 'details', type: 'long_text', label: 'Details' }],
      },
    ],
  };
  return {
    name: 'Support',
    description: '',
    definition,
    mappings: { subject: 'subject', description: 'details', customFields: { invoice: 'invoice_number' } },
  };
}

const keys = (draft: FormDraft) => draft.definition.sections.map((s) => s.fields.map((f) => f.key));

describe('moving questions', () => {
  it('moves a question within its section and keeps conditions that still refer to earlier questions', () => {
    const { draft, notes, address } = moveField(demoDraft(), { section: 0, field: 0 }, 1);
    expect(keys(draft)).toEqual([['topic', 'subject', 'invoice'], ['details']]);
    expect(address).toEqual({ section: 0, field: 1 });
    expect(notes).toEqual([]);
    expect(validateFormDefinition(draft.definition).ok).toBe(true);
  });

  it('drops, and reports, a rule that would refer to a later question after a move', () => {
    const { draft, notes } = moveField(demoDraft(), { section: 0, field: 2 }, -1);
    expect(keys(draft)[0]).toEqual(['subject', 'invoice', 'topic']);
    expect(draft.definition.sections[0].fields[1].condition).toBeUndefined();
    expect(notes).toEqual([{ where: 'Invoice number', why: 'it tested “topic”, which no longer comes before it' }]);
    expect(validateFormDefinition(draft.definition).ok).toBe(true);
  });

  it('crosses into the neighbouring section at the edge, and a section loses rules on questions it now contains', () => {
    const down = moveField(demoDraft(), { section: 0, field: 2 }, 1);
    expect(keys(down.draft)).toEqual([
      ['subject', 'topic'],
      ['invoice', 'details'],
    ]);
    expect(down.address).toEqual({ section: 1, field: 0 });

    const topicDown = moveField(moveField(demoDraft(), { section: 0, field: 1 }, 1).draft, { section: 0, field: 2 }, 1);
    expect(keys(topicDown.draft)).toEqual([
      ['subject', 'invoice'],
      ['topic', 'details'],
    ]);
    expect(topicDown.draft.definition.sections[1].condition).toBeUndefined();
    // The first move already cost "Invoice number" its rule; crossing over costs the section its own.
    expect(topicDown.notes.map((n) => n.where)).toEqual(['About the problem']);
    expect(validateFormDefinition(topicDown.draft.definition).ok).toBe(true);
  });

  it('does nothing past the first or last place', () => {
    const draft = demoDraft();
    expect(canMoveField(draft.definition, { section: 0, field: 0 }, -1)).toBe(false);
    expect(canMoveField(draft.definition, { section: 1, field: 0 }, 1)).toBe(false);
    expect(moveField(draft, { section: 0, field: 0 }, -1).draft).toBe(draft);
  });
});

describe('removing and changing questions', () => {
  it('removes the rules and mappings that used a removed question', () => {
    const { draft, notes } = removeField(demoDraft(), { section: 0, field: 1 });
    expect(draft.definition.sections[0].fields[1].condition).toBeUndefined();
    expect(draft.definition.sections[1].condition).toBeUndefined();
    expect(notes).toHaveLength(2);
    expect(validateFormDefinition(draft.definition).ok).toBe(true);

    const withoutInvoice = removeField(demoDraft(), { section: 0, field: 2 });
    expect(withoutInvoice.draft.mappings.customFields).toEqual({});
  });

  it('drops rules whose operator or value no longer fits a changed type, and the subject mapping of a question that became a number', () => {
    const base = demoDraft();
    const checkbox = changeFieldType(base.definition.sections[0].fields[1], 'checkbox');
    expect(checkbox).toEqual({ key: 'topic', type: 'checkbox', label: 'Topic' });
    const topicChanged = replaceField(base, { section: 0, field: 1 }, checkbox);
    expect(topicChanged.draft.definition.sections[0].fields[2].condition).toBeUndefined();
    expect(topicChanged.draft.definition.sections[1].condition).toBeUndefined();
    expect(topicChanged.notes.map((n) => n.why)).toEqual(['“Topic” is now a checkbox', '“Topic” is now a checkbox']);
    expect(validateFormDefinition(topicChanged.draft.definition).ok).toBe(true);

    const subjectAsNumber = changeFieldType(base.definition.sections[0].fields[0], 'number');
    const changed = replaceField(base, { section: 0, field: 0 }, subjectAsNumber);
    expect(changed.draft.mappings.subject).toBeNull();
    expect(changed.notes).toEqual([{ where: 'Ticket subject', why: '“Subject” can no longer fill it' }]);
  });

  it('drops a rule testing an option that was removed', () => {
    const base = demoDraft();
    const topic = base.definition.sections[0].fields[1];
    const { draft, notes } = replaceField(base, { section: 0, field: 1 }, { ...topic, options: topic.options!.slice(1) });
    expect(draft.definition.sections[0].fields[2].condition).toBeUndefined();
    expect(draft.definition.sections[1].condition).toBeDefined();
    expect(notes).toEqual([{ where: 'Invoice number', why: '“Topic” no longer offers “billing”' }]);
  });

  it('keeps options when switching between choice types and adds two when becoming one', () => {
    const topic = demoDraft().definition.sections[0].fields[1];
    expect(changeFieldType(topic, 'multiple_choice').options).toEqual(topic.options);
    expect(changeFieldType({ key: 'x', type: 'short_text', label: 'X', maxLength: 5 }, 'single_choice').options).toHaveLength(2);
    expect(changeFieldType({ key: 'x', type: 'short_text', label: 'X', maxLength: 5 }, 'long_text').maxLength).toBe(5);
  });

  it('adds a question with a free key that the validator accepts', () => {
    const { draft, address } = addField(demoDraft(), 1, 'single_choice');
    expect(address).toEqual({ section: 1, field: 1 });
    expect(draft.definition.sections[1].fields[1]).toMatchObject({ key: 'question_5', type: 'single_choice' });
    expect(validateFormDefinition(draft.definition).ok).toBe(true);
  });
});

describe('renaming', () => {
  it('follows a renamed key into rules and mappings', () => {
    const { draft } = renameFieldKey(demoDraft(), { section: 0, field: 1 }, 'category');
    expect(draft.definition.sections[0].fields[2].condition?.rules[0].field).toBe('category');
    expect(draft.definition.sections[1].condition?.rules[0].field).toBe('category');
    const mapped = renameFieldKey(demoDraft(), { section: 0, field: 2 }, 'invoice_ref').draft.mappings;
    expect(mapped.customFields).toEqual({ invoice_ref: 'invoice_number' });
  });

  it('follows a renamed option value into the rules that test it', () => {
    const { draft, notes } = renameOptionValue(demoDraft(), { section: 0, field: 1 }, 0, 'invoices');
    expect(notes).toEqual([]);
    expect(draft.definition.sections[0].fields[2].condition?.rules[0].value).toBe('invoices');
    expect(draft.definition.sections[1].condition?.rules[0].value).toBe('technical');
  });

  it('makes keys from labels that are always valid and free', () => {
    expect(keyFromLabel('Order number?')).toBe('order_number');
    expect(keyFromLabel('1st try')).toBe('q_1st_try');
    expect(keyFromLabel('¿¡')).toBe('question');
    expect(uniqueKey('topic', new Set(['topic', 'topic_2']))).toBe('topic_3');
    expect(uniqueKey('constructor', new Set())).toBe('constructor_2');
  });
});

describe('placing validator problems', () => {
  it('puts each problem beside its question or section, in words', () => {
    const placed = placeProblems([
      'sections[0].fields[2].label: must not be empty',
      'sections[0].fields[2].condition.rules[0].value: must be one of the option values of "topic"',
      'sections[1].title: must not be empty',
      'form: must be an object with a "sections" array',
    ]);
    expect(placed.fields.get('0.2')).toEqual(['label: must not be empty', 'Rule 1 value: must be one of the option values of "topic"']);
    expect(placed.sections.get(1)).toEqual(['title: must not be empty']);
    expect(placed.form).toEqual(['form: must be an object with a "sections" array']);
  });
});
