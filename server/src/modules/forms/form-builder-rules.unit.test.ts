import type { FormDefinition } from '@actionconnect/shared';
import { keyFromLabel } from '../custom-fields/custom-field-admin.service';
import { mappingProblems, readMappingsInput } from './form-mappings';
import { sameJson, uniqueSlug } from './intake-form-admin.service';

const form: FormDefinition = {
  sections: [
    {
      key: 'main',
      title: 'Main',
      fields: [
        { key: 'email', type: 'email', label: 'Your email' },
        { key: 'plan', type: 'multiple_choice', label: 'Plans', options: [{ value: 'pro', label: 'Pro' }] },
      ],
    },
  ],
};

describe('form builder rules', () => {
  it('sees a draft as unchanged whatever order the database returns its keys in', () => {
    expect(sameJson({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ b: [1, 2] }, { b: [2, 1] })).toBe(false);
  });

  it('makes readable slugs and keys that never collide', () => {
    expect(uniqueSlug('Billing & invoices', new Set())).toBe('billing-invoices');
    expect(uniqueSlug('Billing & invoices', new Set(['billing-invoices', 'billing-invoices-2']))).toBe('billing-invoices-3');
    expect(uniqueSlug('¿¡!', new Set())).toBe('form');
    expect(keyFromLabel('Order number', new Set())).toBe('order_number');
    expect(keyFromLabel('2nd line', new Set())).toBe('field_2nd_line');
    expect(keyFromLabel('Constructor', new Set())).toBe('constructor_field');
    expect(keyFromLabel('Order number', new Set(['order_number']))).toBe('order_number_2');
  });

  it('lets an email answer fill a text field, and a choice answer only a field offering all its options', () => {
    const text = { key: 'contact', label: 'Contact', type: 'short_text', options: [] };
    const plans = { key: 'plans', label: 'Plans', type: 'multiple_choice', options: [{ value: 'basic', label: 'Basic' }] };
    const mappings = { subject: 'email', description: null, customFields: { email: 'contact', plan: 'plans' } };
    expect(mappingProblems(form, mappings, [text, plans])).toEqual([
      { path: 'mappings.customFields.plan', message: 'custom field "Plans" has no option "pro"' },
    ]);
  });

  it('reads an empty mapping as "nothing mapped"', () => {
    expect(readMappingsInput({})).toEqual({ ok: true, mappings: { subject: null, description: null, customFields: {} } });
    expect(readMappingsInput([])).toMatchObject({ ok: false });
  });
});
