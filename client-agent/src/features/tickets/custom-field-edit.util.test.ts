import { describe, expect, it } from '@jest/globals';
import { checkFieldValue, editorValueOf, fieldChanges, type CustomFieldDef } from './custom-field-edit.util';

const severity: CustomFieldDef = {
  key: 'severity',
  label: 'Severity',
  type: 'single_choice',
  options: [
    { value: 'sev1', label: 'SEV1' },
    { value: 'sev2', label: 'SEV2' },
  ],
};
const seats: CustomFieldDef = { key: 'seats', label: 'Seats', type: 'number', options: [] };
const vip: CustomFieldDef = { key: 'vip', label: 'VIP', type: 'checkbox', options: [] };
const due: CustomFieldDef = { key: 'due', label: 'Due', type: 'date', options: [] };

describe('editing custom fields', () => {
  it('starts every editor from the stored value', () => {
    expect(editorValueOf('number', 12)).toBe('12');
    expect(editorValueOf('checkbox', null)).toBe(false);
    expect(editorValueOf('multiple_choice', ['a', 3])).toEqual(['a']);
    expect(editorValueOf('short_text', null)).toBe('');
  });

  it('checks values as the server does, with its messages', () => {
    expect(checkFieldValue(seats, 'twelve')).toEqual({ ok: false, message: 'Enter a number.' });
    expect(checkFieldValue(due, '2024-02-30')).toEqual({ ok: false, message: 'Enter a real date as YYYY-MM-DD.' });
    expect(checkFieldValue(seats, ' 12 ')).toEqual({ ok: true, value: 12 });
  });

  it('clears a field left empty, and an unchecked box', () => {
    expect(checkFieldValue(severity, '')).toEqual({ ok: true, value: null });
    expect(checkFieldValue(vip, false)).toEqual({ ok: true, value: null });
  });

  it('sends only what changed', () => {
    const stored = new Map<string, unknown>([
      ['severity', 'sev1'],
      ['seats', 12],
    ]);
    const { changes, problems } = fieldChanges([severity, seats, vip], stored, { severity: 'sev2', seats: '12', vip: false });
    expect(changes).toEqual([{ key: 'severity', value: 'sev2' }]);
    expect(problems).toEqual({});
  });

  it('holds back a save with a bad value, naming the field', () => {
    expect(fieldChanges([seats], new Map(), { seats: 'many' }).problems).toEqual({ seats: 'Enter a number.' });
  });
});
