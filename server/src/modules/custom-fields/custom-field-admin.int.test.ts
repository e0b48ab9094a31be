import { startTestApp, type TestApp } from '../../../test/http';
import { Organization } from '../organizations/organization.entity';
import { CustomFieldDefinition } from './custom-field-definition.entity';
import { codes, type Caller } from '../../../test/graphql';
import { signInAgent, signInContact } from '../../../test/sign-in';

const FIELD = `id key label type options { value label } visibleToContact position archivedAt`;
const LIST = `{ adminCustomFields { ${FIELD} } }`;
const CREATE = `mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { ${FIELD} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCustomFieldInput!) { updateCustomField(id: $id, input: $input) { ${FIELD} } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveCustomField(id: $id) { ${FIELD} } }`;
const CONTACT_TICKET = `query ($number: Int!) { ticket(number: $number) { fieldValues { key displayValue } } }`;

interface Field {
  id: string;
  key: string;
  label: string;
  type: string;
  options: { value: string; label: string }[];
  visibleToContact: boolean;
  position: number;
  archivedAt: string | null;
}

const errorsOf = (result: { errors: { message: string; extensions?: Record<string, unknown> }[] }) =>
  result.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message]);

describe('custom field definitions', () => {
  let app: TestApp;
  let admin: Caller;
  const list = async () => (await admin.gql<{ adminCustomFields: Field[] }>(LIST)).data!.adminCustomFields;
  const byKey = async (key: string) => (await list()).find((f) => f.key === key)!;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
  });

  afterAll(() => app?.close());

  it('lists every field of the organization in display order', async () => {
    expect((await list()).map((f) => [f.key, f.position, f.visibleToContact])).toEqual([
      ['product', 1, true],
      ['invoice_number', 2, true],
      ['severity', 3, false],
      ['account_tier', 4, false],
    ]);
  });

  it('creates a field at the end, with a key made from its label unless one is given', async () => {
    const made = await admin.gql<{ createCustomField: Field }>(CREATE, { input: { label: ' Order number ', type: 'short_text' } });
    expect(made.errors).toEqual([]);
    expect(made.data?.createCustomField).toMatchObject({
      key: 'order_number',
      label: 'Order number',
      position: 5,
      visibleToContact: false,
      options: [],
    });
    const twin = await admin.gql<{ createCustomField: Field }>(CREATE, { input: { label: 'Order number', type: 'number' } });
    expect(twin.data?.createCustomField.key).toBe('order_number_2');
    const choice = await admin.gql<{ createCustomField: Field }>(CREATE, {
      input: { key: 'region', label: 'Region', type: 'single_choice', options: [{ value: 'eu', label: 'Europe' }], visibleToContact: true },
    });
    expect(choice.data?.createCustomField).toMatchObject({
      key: 'region',
      options: [{ value: 'eu', label: 'Europe' }],
      visibleToContact: true,
    });
  });

  it('refuses a taken key, a bad key, an unknown type, a file field, a choice field without options and options on a text field', async () => {
    const attempts = [
      { key: 'product', label: 'Another product', type: 'short_text' },
      { key: '9lives', label: 'Lives', type: 'short_text' },
      { label: 'Mood', type: 'emoji' },
      // Files live on messages: a ticket field cannot hold one.
      { label: 'Scan', type: 'file' },
      { label: 'Plan', type: 'single_choice', options: [] },
      { label: 'Plan', type: 'short_text', options: [{ value: 'a', label: 'A' }] },
      {
        label: 'Plan',
        type: 'multiple_choice',
        options: [
          { value: 'a', label: 'A' },
          { value: 'a', label: 'Again' },
        ],
      },
    ];
    const results = await Promise.all(attempts.map((input) => admin.gql(CREATE, { input })));
    expect(results.map((r) => errorsOf(r)[0].slice(0, 2))).toEqual([
      ['BAD_USER_INPUT', 'key'],
      ['BAD_USER_INPUT', 'key'],
      ['BAD_USER_INPUT', 'type'],
      ['BAD_USER_INPUT', 'type'],
      ['BAD_USER_INPUT', 'options'],
      ['BAD_USER_INPUT', 'options'],
      ['BAD_USER_INPUT', 'options'],
    ]);
    expect(errorsOf(results[6])[0][2]).toBe('options[1].value: "a" is already another option\'s value');
  });

  it('changes label, options and visibility; a hidden field reaches contacts only once it is made visible', async () => {
    const wile = await signInContact(app, 'acme', 'wile@coyote.test');
    const seen = async () =>
      (await wile.gql<{ ticket: { fieldValues: { key: string }[] } }>(CONTACT_TICKET, { number: 1 })).data!.ticket.fieldValues;
    expect((await seen()).map((f) => f.key)).toEqual(['product']);

    const severity = await byKey('severity');
    const options = [...severity.options, { value: 'sev4', label: 'SEV4 (cosmetic)' }];
    const result = await admin.gql<{ updateCustomField: Field }>(UPDATE, {
      id: severity.id,
      input: { label: 'Severity', options, visibleToContact: true },
    });
    expect(result.errors).toEqual([]);
    expect(result.data?.updateCustomField).toMatchObject({ label: 'Severity', options, visibleToContact: true, type: 'single_choice' });
    expect(await seen()).toEqual([
      { key: 'product', displayValue: 'Rocket Skates' },
      { key: 'severity', displayValue: 'SEV3' },
    ]);
  });

  it('moves a field to another place, shifting the others', async () => {
    const tier = await byKey('account_tier');
    const result = await admin.gql<{ updateCustomField: Field }>(UPDATE, { id: tier.id, input: { position: 1 } });
    expect(result.data?.updateCustomField.position).toBe(1);
    expect((await list()).slice(0, 4).map((f) => [f.key, f.position])).toEqual([
      ['account_tier', 1],
      ['product', 2],
      ['invoice_number', 3],
      ['severity', 4],
    ]);
  });

  it('refuses to remove an option that a published form sends to the field', async () => {
    const product = await byKey('product');
    const result = await admin.gql(UPDATE, { id: product.id, input: { options: product.options.slice(1) } });
    expect(errorsOf(result)).toEqual([
      [
        'BAD_USER_INPUT',
        'options',
        "Changing the options would break the draft of “Contact support”, which fills this field. Change that form's mappings (and publish) first.",
      ],
    ]);
  });

  it('archives a field no form fills: gone from tickets, the agent list and mappings, kept in the admin list', async () => {
    const severity = await byKey('severity');
    const result = await admin.gql<{ archiveCustomField: Field }>(ARCHIVE, { id: severity.id });
    expect(result.errors).toEqual([]);
    expect(result.data?.archiveCustomField.archivedAt).toEqual(expect.any(String));

    const agent = await signInAgent(app, 'acme', 'agent@acme.test');
    const live = await agent.gql<{ customFieldDefinitions: { key: string }[] }>(`{ customFieldDefinitions { key } }`);
    expect(live.data?.customFieldDefinitions.map((f) => f.key)).not.toContain('severity');
    expect((await list()).at(-1)).toMatchObject({ key: 'severity', archivedAt: expect.any(String) });

    const formId = (
      await app.dataSource.query(
        `SELECT id FROM intake_forms WHERE slug = 'contact-support' AND organization_id = (SELECT id FROM organizations WHERE slug = 'acme')`,
      )
    )[0].id;
    const draft = await admin.gql<{ adminIntakeForm: { draftDefinition: unknown } }>(
      `query ($id: ID!) { adminIntakeForm(id: $id) { draftDefinition } }`,
      { id: formId },
    );
    const mapped = await admin.gql(
      `mutation ($formId: ID!, $input: UpdateIntakeFormDraftInput!) { updateIntakeFormDraft(formId: $formId, input: $input) { id } }`,
      {
        formId,
        input: {
          name: 'Contact support',
          description: '',
          definition: draft.data!.adminIntakeForm.draftDefinition,
          mappings: { customFields: { topic: 'severity' } },
        },
      },
    );
    expect(mapped.errors[0].extensions?.problems).toEqual([
      { path: 'mappings.customFields.topic', message: '"severity" is not a custom field of this organization' },
    ]);
  });

  it('refuses to archive a field a form fills', async () => {
    const product = await byKey('product');
    expect(codes(await admin.gql(ARCHIVE, { id: product.id }))).toEqual(['BAD_USER_INPUT']);
    expect((await byKey('product')).archivedAt).toBeNull();
  });

  describe('who may change them', () => {
    const operations = (id: string): [string, Record<string, unknown>][] => [
      [LIST, {}],
      [CREATE, { input: { label: 'Sneaky', type: 'short_text' } }],
      [UPDATE, { id, input: { label: 'Sneaky' } }],
      [ARCHIVE, { id }],
    ];

    it('refuses agents who are not admins, and contacts (FORBIDDEN)', async () => {
      const { id } = await byKey('product');
      const agent = await signInAgent(app, 'acme', 'agent@acme.test');
      const wile = await signInContact(app, 'acme', 'wile@coyote.test');
      for (const who of [agent, wile]) {
        for (const [query, variables] of operations(id)) expect(codes(await who.gql(query, variables))).toEqual(['FORBIDDEN']);
      }
      expect((await byKey('product')).label).toBe('Product');
    });

    it("answers another organization's field, a malformed id and a missing one with NOT_FOUND", async () => {
      const globex = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'globex' });
      const theirs = await app.dataSource
        .getRepository(CustomFieldDefinition)
        .findOneByOrFail({ organizationId: globex.id, key: 'severity' });
      for (const id of [theirs.id, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        for (const [query, variables] of operations(id).slice(2)) {
          expect(errorsOf(await admin.gql(query, variables))).toEqual([['NOT_FOUND', undefined, 'Custom field not found']]);
        }
      }
      const after = await app.dataSource.getRepository(CustomFieldDefinition).findOneByOrFail({ id: theirs.id });
      expect(after).toMatchObject({ label: theirs.label, archivedAt: null });
    });
  });
});
