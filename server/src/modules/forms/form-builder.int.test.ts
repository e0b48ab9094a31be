import type { FormDefinition } from '@actionconnect/shared';
import { startTestApp, type TestApp } from '../../../test/http';
import { demoFormDefinition } from '../../db/seed/demo-form';
import { IntakeFormVersion } from './intake-form-version.entity';
import { codes, type Caller } from '../../../test/graphql';
import { currentFormVersion } from '../../../test/tickets';
import { signInAgent, signInContact } from '../../../test/sign-in';

const FORM_FIELDS = `id slug name description isActive publishedVersion hasUnpublishedChanges draftFieldCount ticketCount
  draftDefinition draftMappings versions { id version publishedBy ticketCount definition mappings }`;
const LIST = `{ adminIntakeForms { id name publishedVersion hasUnpublishedChanges ticketCount draftFieldCount } }`;
const GET = `query ($id: ID!) { adminIntakeForm(id: $id) { ${FORM_FIELDS} } }`;
const CREATE = `mutation ($input: CreateIntakeFormInput!) { createIntakeForm(input: $input) { ${FORM_FIELDS} } }`;
const SAVE = `mutation ($formId: ID!, $input: UpdateIntakeFormDraftInput!) { updateIntakeFormDraft(formId: $formId, input: $input) { ${FORM_FIELDS} } }`;
const PUBLISH = `mutation ($formId: ID!) { publishIntakeForm(formId: $formId) { created version form { ${FORM_FIELDS} } } }`;
const SET_ACTIVE = `mutation ($formId: ID!, $active: Boolean!) { setIntakeFormActive(formId: $formId, active: $active) { isActive } }`;

interface Mappings {
  subject: string | null;
  description: string | null;
  customFields: Record<string, string>;
}
interface AdminForm {
  id: string;
  slug: string;
  name: string;
  description: string;
  isActive: boolean;
  publishedVersion: number;
  hasUnpublishedChanges: boolean;
  draftFieldCount: number;
  ticketCount: number;
  draftDefinition: FormDefinition;
  draftMappings: Mappings;
  versions: {
    id: string;
    version: number;
    publishedBy: string | null;
    ticketCount: number;
    definition: FormDefinition;
    mappings: Mappings;
  }[];
}

type Problem = { path: string; message: string };
const problemsOf = (result: { errors: { extensions?: Record<string, unknown> }[] }): Problem[] =>
  result.errors.flatMap((e) => (e.extensions?.problems as Problem[] | undefined) ?? []);

describe('the form builder', () => {
  let app: TestApp;
  let admin: Caller;
  let acmeFormId: string;

  const save = (formId: string, input: { name?: string; description?: string; definition: unknown; mappings?: unknown }, who = admin) =>
    who.gql<{ updateIntakeFormDraft: AdminForm }>(SAVE, {
      formId,
      input: { name: 'Contact support', description: '', mappings: {}, ...input },
    });

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
    acmeFormId = (await currentFormVersion(app.dataSource, 'acme')).formId;
  });

  afterAll(() => app?.close());

  it("lists the organization's forms with their published version and ticket count", async () => {
    const result = await admin.gql<{ adminIntakeForms: Partial<AdminForm>[] }>(LIST);
    expect(result.errors).toEqual([]);
    expect(result.data?.adminIntakeForms).toEqual([
      { id: acmeFormId, name: 'Contact support', publishedVersion: 1, hasUnpublishedChanges: false, ticketCount: 7, draftFieldCount: 7 },
    ]);
  });

  it('shows a form with its draft, its mappings and its versions with their ticket counts', async () => {
    const result = await admin.gql<{ adminIntakeForm: AdminForm }>(GET, { id: acmeFormId });
    const form = result.data!.adminIntakeForm;
    expect(form.draftMappings).toEqual({
      subject: 'subject',
      description: 'description',
      customFields: { product: 'product', invoice_number: 'invoice_number' },
    });
    expect(form.versions).toEqual([
      expect.objectContaining({ version: 1, publishedBy: 'Ada Admin', ticketCount: 7, definition: form.draftDefinition }),
    ]);
  });

  it('creates a form with a starter draft that contacts do not see until it is published', async () => {
    const result = await admin.gql<{ createIntakeForm: AdminForm }>(CREATE, {
      input: { name: '  Returns & refunds ', description: 'Send something back.' },
    });
    expect(result.errors).toEqual([]);
    const form = result.data!.createIntakeForm;
    expect(form).toMatchObject({
      slug: 'returns-refunds',
      name: 'Returns & refunds',
      publishedVersion: 0,
      hasUnpublishedChanges: true,
      versions: [],
    });
    expect(form.draftMappings).toEqual({ subject: 'subject', description: 'description', customFields: {} });

    const wile = await signInContact(app, 'acme', 'wile@coyote.test');
    const offered = await wile.gql<{ intakeForms: { name: string }[] }>(`{ intakeForms { name } }`);
    expect(offered.data?.intakeForms.map((f) => f.name)).toEqual(['Contact support']);

    const again = await admin.gql<{ createIntakeForm: AdminForm }>(CREATE, { input: { name: 'Returns & refunds' } });
    expect(again.data?.createIntakeForm.slug).toBe('returns-refunds-2');
  });

  it('refuses an invalid definition, naming each problem by its path', async () => {
    const definition = demoFormDefinition(['Rocket Skates']);
    definition.sections[0].fields[0].label = ' ';
    definition.sections[2].fields[0].maxLength = -1;
    definition.sections[1].fields[2].condition = { match: 'all', rules: [{ field: 'description', op: 'answered' }] };
    const result = await save(acmeFormId, { definition });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe('definition');
    expect(problemsOf(result)).toEqual([
      { path: 'sections[0].fields[0].label', message: 'must not be empty' },
      {
        path: 'sections[1].fields[2].condition.rules[0].field',
        message: '"description" is not an earlier field; rules may only depend on fields that come before them',
      },
      { path: 'sections[2].fields[0].maxLength', message: 'must be a whole number from 0 to 10000' },
    ]);
    expect(result.errors[0].message).toContain('sections[0].fields[0].label: must not be empty');

    const unchanged = await admin.gql<{ adminIntakeForm: AdminForm }>(GET, { id: acmeFormId });
    expect(unchanged.data?.adminIntakeForm.hasUnpublishedChanges).toBe(false);
  });

  it('refuses definitions that are not forms at all, and an empty name', async () => {
    expect(problemsOf(await save(acmeFormId, { definition: 'nope' }))).toEqual([
      { path: 'form', message: 'must be an object with a "sections" array' },
    ]);
    const unnamed = await save(acmeFormId, { name: '  ', definition: demoFormDefinition(['Rocket Skates']) });
    expect(unnamed.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'name']]);
  });

  it('refuses mappings to unknown questions, unsuitable types, unknown custom fields and missing options', async () => {
    const definition = demoFormDefinition(['Rocket Skates', 'Time Machine']);
    const result = await save(acmeFormId, {
      definition,
      mappings: {
        subject: 'topic',
        description: 'nothing',
        customFields: { product: 'product', saw_error: 'invoice_number', subject: 'no_such_field', description: 'severity' },
      },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(problemsOf(result)).toEqual([
      { path: 'mappings.subject', message: '"What is this about?" is single_choice; the subject needs short_text or email' },
      { path: 'mappings.description', message: '"nothing" is not a question of this form' },
      { path: 'mappings.customFields.product', message: 'custom field "Product" has no option "time_machine"' },
      {
        path: 'mappings.customFields.saw_error',
        message: '"I saw an error message" is checkbox; custom field "Invoice number" is short_text',
      },
      { path: 'mappings.customFields.subject', message: '"no_such_field" is not a custom field of this organization' },
      {
        path: 'mappings.customFields.description',
        message: '"Describe your request" is long_text; custom field "Internal severity" is single_choice',
      },
    ]);
    expect(problemsOf(await save(acmeFormId, { definition, mappings: { subject: 3, extra: true } }))).toEqual([
      { path: 'mappings.extra', message: 'is not a known property' },
      { path: 'mappings.subject', message: 'must be a question key or null' },
    ]);
  });

  it('publishes nothing new when the draft equals the latest version', async () => {
    const result = await admin.gql<{ publishIntakeForm: { created: boolean; version: number } }>(PUBLISH, { formId: acmeFormId });
    expect(result.errors).toEqual([]);
    expect(result.data?.publishIntakeForm).toMatchObject({ created: false, version: 1 });
    expect(await app.dataSource.getRepository(IntakeFormVersion).countBy({ formId: acmeFormId })).toBe(1);
  });

  it('refuses to publish a form without questions', async () => {
    const created = await admin.gql<{ createIntakeForm: AdminForm }>(CREATE, { input: { name: 'Empty' } });
    const formId = created.data!.createIntakeForm.id;
    const saved = await save(formId, { name: 'Empty', definition: { sections: [{ key: 'only', title: 'Nothing yet', fields: [] }] } });
    expect(saved.errors).toEqual([]);
    const result = await admin.gql(PUBLISH, { formId });
    expect(result.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Add at least one question before publishing.'],
    ]);
  });

  it('switches a form off for contacts and on again', async () => {
    const wile = await signInContact(app, 'acme', 'wile@coyote.test');
    const off = await admin.gql<{ setIntakeFormActive: { isActive: boolean } }>(SET_ACTIVE, { formId: acmeFormId, active: false });
    expect(off.data?.setIntakeFormActive.isActive).toBe(false);
    expect((await wile.gql<{ intakeForms: unknown[] }>(`{ intakeForms { id } }`)).data?.intakeForms).toEqual([]);
    await admin.gql(SET_ACTIVE, { formId: acmeFormId, active: true });
    expect((await wile.gql<{ intakeForms: unknown[] }>(`{ intakeForms { id } }`)).data?.intakeForms).toHaveLength(1);
  });

  describe('who may use it', () => {
    const operations = (formId: string): [string, Record<string, unknown>][] => [
      [LIST, {}],
      [GET, { id: formId }],
      [CREATE, { input: { name: 'Sneaky' } }],
      [SAVE, { formId, input: { name: 'x', description: '', definition: { sections: [] }, mappings: {} } }],
      [PUBLISH, { formId }],
      [SET_ACTIVE, { formId, active: false }],
    ];

    it('refuses an agent who is not an admin (FORBIDDEN)', async () => {
      const agent = await signInAgent(app, 'acme', 'agent@acme.test');
      for (const [query, variables] of operations(acmeFormId)) {
        const result = await agent.gql(query, variables);
        expect([query.slice(0, 40), codes(result)]).toEqual([query.slice(0, 40), ['FORBIDDEN']]);
      }
    });

    it('refuses a contact (FORBIDDEN)', async () => {
      const wile = await signInContact(app, 'acme', 'wile@coyote.test');
      for (const [query, variables] of operations(acmeFormId)) {
        expect(codes(await wile.gql(query, variables))).toEqual(['FORBIDDEN']);
      }
    });

    it("answers another organization's form, a malformed id and a missing one with NOT_FOUND", async () => {
      const globexFormId = (await currentFormVersion(app.dataSource, 'globex')).formId;
      for (const id of [globexFormId, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        for (const [query, variables] of operations(id)
          .slice(1)
          .filter(([q]) => q !== CREATE)) {
          const result = await admin.gql(query, variables);
          expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Form not found', 'NOT_FOUND']]);
        }
      }
      const globex = await signInAgent(app, 'globex', 'admin@globex.test');
      const list = await globex.gql<{ adminIntakeForms: { id: string }[] }>(LIST);
      expect(list.data?.adminIntakeForms.map((f) => f.id)).toEqual([globexFormId]);
      expect(await app.dataSource.getRepository(IntakeFormVersion).countBy({ formId: globexFormId })).toBe(1);
    });
  });
});
