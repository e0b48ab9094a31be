import { describe, expect, it } from '@jest/globals';
import { customFieldProblems, emptyCustomField, movedPosition, withType } from './custom-field-form.util';

describe('the custom field editor', () => {
  it('accepts a labelled text field with or without a key', () => {
    expect(customFieldProblems({ ...emptyCustomField(), label: 'Order number' }, new Set(), true)).toEqual({});
    expect(customFieldProblems({ ...emptyCustomField(), label: 'Order number', key: 'order_no' }, new Set(), true)).toEqual({});
  });

  it('names each input that needs attention, with the rules the server applies', () => {
    const problems = customFieldProblems({ ...emptyCustomField(), key: '1st', label: ' ' }, new Set(), true);
    expect(problems.label).toBe('Give the field a label.');
    expect(problems.key).toMatch(/^Start with a letter/);
    expect(customFieldProblems({ ...emptyCustomField(), key: 'product', label: 'P' }, new Set(['product']), true).key).toBe(
      '“product” is already used by another field.',
    );
    const twice = withType({ ...emptyCustomField(), label: 'Plan' }, 'single_choice');
    twice.options = [
      { value: 'a', label: 'A' },
      { value: 'a', label: 'Again' },
    ];
    expect(customFieldProblems(twice, new Set(), true).options).toBe('Option 2 value: "a" is already another option\'s value');
  });

  it('gives choice types two starting options and drops options from other types', () => {
    const choice = withType({ ...emptyCustomField(), label: 'Plan' }, 'multiple_choice');
    expect(choice.options).toHaveLength(2);
    expect(withType(choice, 'number').options).toEqual([]);
    expect(withType(choice, 'single_choice').options).toBe(choice.options);
  });

  it('moves a field one place in 1-based positions', () => {
    expect(movedPosition(0, 1)).toBe(2);
    expect(movedPosition(3, -1)).toBe(3);
  });
});
