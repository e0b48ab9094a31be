import type { FormDefinition } from '@actionconnect/shared';
import { startTestApp, type TestApp } from '../../../test/http';
import { billingAnswers } from '../../../test/tickets';
import { codes, type Caller } from '../../../test/graphql';
import { signInAgent, signInContact } from '../../../test/sign-in';

const OFFERED = `{ intakeForms { id versionId version definition } }`;
const SUBMIT = `mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) { number form { version } answers { key label value } fieldValues { key value } }
}`;
const DRAFT = `query ($id: ID!) { adminIntakeForm(id: $id) { name description draftDefinition draftMappings } }`;
const SAVE = `mutation ($formId: ID!, $input: UpdateIntakeFormDraftInput!) { updateIntakeFormDraft(formId: $formId, input: $input) { hasUnpublishedChanges } }`;
const PUBLISH = `mutation ($formId: ID!) {
  publishIntakeForm(formId: $formId) { created version form { publishedVersion hasUnpublishedChanges versions { version ticketCount } } }
}`;
const CREATE_FIELD = `mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { key } }`;
const TICKET_AS_AGENT = `query ($number: Int!) { agentTicket(number: $number) { form { version } answers { key label value } } }`;
const TICKET_AS_CONTACT = `query ($number: Int!) { ticket(number: $number) { form { version } answers { key label value } } }`;

interface Offered {
  intakeForms: { id: string; versionId: string; version: number; definition: FormDefinition }[];
}
interface Submitted {
  submitRequest: {
    number: number;
    form: { version: number };
    answers: { key: string; label: string }[];
    fieldValues: { key: string; value: unknown }[];
  };
}
interface Rendered {
  form: { version: number };
  answers: { key: string; label: string; value: string }[];
}
interface Published {
  publishIntakeForm: {
    created: boolean;
    version: number;
    form: { publishedVersion: number; hasUnpublishedChanges: boolean; versions: { version: number; ticketCount: number }[] };
  };
}

const labelOf = (answers: { key: string; label: string }[], key: string) => answers.find((a) => a.key === key)?.label;
const fieldsOf = (result: { errors: { extensions?: Record<string, unknown> }[] }) =>
  result.errors.flatMap((e) => (e.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

// The promise of form versions, through the builder: a contact who opened the form before an admin
// published a change is judged by what they were shown, and every ticket keeps its own version.
describe('publishing a changed form', () => {
  let app: TestApp;
  let admin: Caller;
  let wile: Caller;
  let formId: string;
  let v1: string;
  let oldTicket: number;
  let published: Published['publishIntakeForm'];
  const submit = (formVersionId: string, answers: unknown) => wile.gql<Submitted>(SUBMIT, { input: { formVersionId, answers } });

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
    wile = await signInContact(app, 'acme', 'wile@coyote.test');

    // The contact opens the form and sends one request with it.
    const opened = (await wile.gql<Offered>(OFFERED)).data!.intakeForms[0];
    formId = opened.id;
    v1 = opened.versionId;
    const first = await submit(v1, billingAnswers());
    expect(first.errors).toEqual([]);
    oldTicket = first.data!.submitRequest.number;

    // Meanwhile an admin renames a question, adds a required one mapped to a new custom field, and publishes.
    expect(
      (await admin.gql(CREATE_FIELD, { input: { label: 'Order number', type: 'short_text', visibleToContact: true } })).errors,
    ).toEqual([]);
    const draft = (
      await admin.gql<{
        adminIntakeForm: {
          name: string;
          description: string;
          draftDefinition: FormDefinition;
          draftMappings: { customFields: Record<string, string> };
        };
      }>(DRAFT, { id: formId })
    ).data!.adminIntakeForm;
    const definition = draft.draftDefinition;
    definition.sections[0].fields[2].label = 'Invoice reference';
    definition.sections[2].fields.push({ key: 'order_id', type: 'short_text', label: 'Order number', required: true });
    const mappings = { ...draft.draftMappings, customFields: { ...draft.draftMappings.customFields, order_id: 'order_number' } };
    const saved = await admin.gql<{ updateIntakeFormDraft: { hasUnpublishedChanges: boolean } }>(SAVE, {
      formId,
      input: { name: draft.name, description: draft.description, definition, mappings },
    });
    expect(saved.errors).toEqual([]);
    expect(saved.data?.updateIntakeFormDraft.hasUnpublishedChanges).toBe(true);
    const result = await admin.gql<Published>(PUBLISH, { formId });
    expect(result.errors).toEqual([]);
    published = result.data!.publishIntakeForm;
  });

  afterAll(() => app?.close());

  it('creates version 2 and offers it to contacts from then on', async () => {
    expect(published).toMatchObject({ created: true, version: 2, form: { publishedVersion: 2, hasUnpublishedChanges: false } });
    expect(published.form.versions).toEqual([
      { version: 2, ticketCount: 0 },
      { version: 1, ticketCount: 8 },
    ]);
    const offered = (await wile.gql<Offered>(OFFERED)).data!.intakeForms;
    expect(offered.map((f) => f.version)).toEqual([2]);
    expect(offered[0].versionId).not.toBe(v1);
  });

  it('keeps showing an older ticket against its own version, to the agent and to the contact', async () => {
    const agent = await signInAgent(app, 'acme', 'agent@acme.test');
    const asAgent = (await agent.gql<{ agentTicket: Rendered }>(TICKET_AS_AGENT, { number: oldTicket })).data!.agentTicket;
    const asContact = (await wile.gql<{ ticket: Rendered }>(TICKET_AS_CONTACT, { number: oldTicket })).data!.ticket;
    for (const ticket of [asAgent, asContact]) {
      expect(ticket.form.version).toBe(1);
      expect(labelOf(ticket.answers, 'invoice_number')).toBe('Invoice number');
      expect(ticket.answers.map((a) => a.key)).not.toContain('order_id');
    }
  });

  it('judges a request from a contact who opened the form before the change by the version they were shown', async () => {
    const result = await submit(v1, billingAnswers());
    expect(result.errors).toEqual([]);
    const ticket = result.data!.submitRequest;
    expect(ticket.form.version).toBe(1);
    expect(labelOf(ticket.answers, 'invoice_number')).toBe('Invoice number');
    expect(ticket.fieldValues.map((f) => f.key)).toEqual(['invoice_number']);
  });

  it("judges and maps a request made with the new version by the new version's rules", async () => {
    const v2 = (await wile.gql<Offered>(OFFERED)).data!.intakeForms[0].versionId;
    const missing = await submit(v2, billingAnswers());
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(missing)).toEqual(['order_id']);

    const result = await submit(v2, billingAnswers({ order_id: 'ORD-77' }));
    expect(result.errors).toEqual([]);
    const ticket = result.data!.submitRequest;
    expect(ticket.form.version).toBe(2);
    expect(labelOf(ticket.answers, 'invoice_number')).toBe('Invoice reference');
    expect(ticket.fieldValues).toEqual(expect.arrayContaining([{ key: 'order_number', value: 'ORD-77' }]));
  });

  it('refuses requests with any version once the form is switched off', async () => {
    const off = await admin.gql(`mutation ($formId: ID!) { setIntakeFormActive(formId: $formId, active: false) { isActive } }`, { formId });
    expect(off.errors).toEqual([]);
    const result = await submit(v1, billingAnswers());
    expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Form not found', 'NOT_FOUND']]);
    await admin.gql(`mutation ($formId: ID!) { setIntakeFormActive(formId: $formId, active: true) { isActive } }`, { formId });
  });

  it('publishes version 3 only after another change, once however many admins press Publish', async () => {
    const again = await admin.gql<Published>(PUBLISH, { formId });
    expect(again.data?.publishIntakeForm).toMatchObject({ created: false, version: 2 });

    const draft = (await admin.gql<{ adminIntakeForm: { draftDefinition: FormDefinition; draftMappings: unknown } }>(DRAFT, { id: formId }))
      .data!.adminIntakeForm;
    draft.draftDefinition.sections[2].title = 'A few more details';
    const saved = await admin.gql(SAVE, {
      formId,
      input: { name: 'Contact support', description: '', definition: draft.draftDefinition, mappings: draft.draftMappings },
    });
    expect(saved.errors).toEqual([]);
    const both = await Promise.all([admin.gql<Published>(PUBLISH, { formId }), admin.gql<Published>(PUBLISH, { formId })]);
    expect(both.map((r) => r.data?.publishIntakeForm.version)).toEqual([3, 3]);
    expect(both.map((r) => r.data?.publishIntakeForm.created).sort()).toEqual([false, true]);
  });
});
