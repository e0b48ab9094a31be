import type { FormDefinition } from '@actionconnect/shared';
import { describe, expect, it } from '@jest/globals';
import { hiddenCount, previewSubmission } from './form-preview.util';

const form: FormDefinition = {
  sections: [
    {
      key: 'main',
      title: 'Main',
      fields: [
        { key: 'subject', type: 'short_text', label: 'Subject', required: true },
        {
          key: 'topic',
          type: 'single_choice',
          label: 'Topic',
          options: [
            { value: 'billing', label: 'Billing' },
            { value: 'other', label: 'Other' },
          ],
        },
        {
          key: 'invoice',
          type: 'short_text',
          label: 'Invoice',
          required: true,
          condition: { match: 'all', rules: [{ field: 'topic', op: 'equals', value: 'billing' }] },
        },
      ],
    },
  ],
};
const mappings = { subject: 'subject', description: null, customFields: { topic: 'area', invoice: 'invoice_number' } };
const customFields = [
  { key: 'area', label: 'Area', type: 'single_choice', options: [] },
  { key: 'invoice_number', label: 'Invoice number', type: 'short_text', options: [] },
];

describe('the preview', () => {
  it('counts the questions the answers hide', () => {
    expect(hiddenCount(form, {})).toEqual({ hidden: 1, total: 3 });
    expect(hiddenCount(form, { topic: 'billing' })).toEqual({ hidden: 0, total: 3 });
  });

  it('judges answers as the server does: a revealed required question must be answered', () => {
    expect(previewSubmission(form, { subject: 'Help', topic: 'billing' }, mappings, 'Support', customFields)).toEqual({
      ok: false,
      errors: { invoice: 'This field is required.' },
    });
  });

  it('describes the ticket, and counts answers to hidden questions as dropped', () => {
    expect(previewSubmission(form, { subject: 'Help', topic: 'other', invoice: 'INV-1' }, mappings, 'Support', customFields)).toEqual({
      ok: true,
      subject: 'Help',
      description: 'A summary of the answers',
      fields: [{ label: 'Area', value: 'Other' }],
      dropped: 1,
    });
  });
});
