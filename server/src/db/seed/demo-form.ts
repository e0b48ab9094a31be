import type { FormDefinition } from '@actionconnect/shared';

/** The demo intake form: picking "A technical problem" reveals product and error questions. */
export function demoFormDefinition(products: string[]): FormDefinition {
  const is = (field: string, value: string | boolean) => ({ match: 'all' as const, rules: [{ field, op: 'equals' as const, value }] });
  return {
    sections: [
      {
        key: 'request',
        title: 'Your request',
        fields: [
          { key: 'subject', type: 'short_text', label: 'Subject', required: true, maxLength: 200 },
          {
            key: 'topic',
            type: 'single_choice',
            label: 'What is this about?',
            required: true,
            options: [
              { value: 'technical', label: 'A technical problem' },
              { value: 'billing', label: 'Billing or an invoice' },
              { value: 'account', label: 'My account' },
              { value: 'other', label: 'Something else' },
            ],
          },
          {
            key: 'invoice_number',
            type: 'short_text',
            label: 'Invoice number',
            helpText: 'Printed at the top right of your invoice, e.g. INV-1042.',
            required: true,
            pattern: '^INV-[0-9]{3,8}$',
            condition: is('topic', 'billing'),
          },
        ],
      },
      {
        key: 'technical',
        title: 'About the problem',
        condition: is('topic', 'technical'),
        fields: [
          {
            key: 'product',
            type: 'single_choice',
            label: 'Which product?',
            required: true,
            options: products.map((p) => ({ value: p.toLowerCase().replace(/[^a-z0-9]+/g, '_'), label: p })),
          },
          { key: 'saw_error', type: 'checkbox', label: 'I saw an error message' },
          {
            key: 'error_message',
            type: 'long_text',
            label: 'The error message',
            required: true,
            maxLength: 2000,
            condition: is('saw_error', true),
          },
        ],
      },
      {
        key: 'details',
        title: 'Details',
        fields: [
          { key: 'description', type: 'long_text', label: 'Describe your request', required: true, minLength: 10, maxLength: 10000 },
        ],
      },
    ],
  };
}
