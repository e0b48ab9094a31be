import type { FormDefinition } from '@actionconnect/shared';
import { startTestApp, type TestApp } from '../../../test/http';
import { demoFormDefinition } from '../../db/seed/demo-form';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { IntakeForm } from '../forms/intake-form.entity';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from './ticket.entity';
import { billingAnswers, currentFormVersion } from '../../../test/tickets';
import { codes, type Caller, type GqlResult } from '../../../test/graphql';
import { emailsTo } from '../../../test/emails';
import { signInContact } from '../../../test/sign-in';

const SUBMIT = `mutation ($input: SubmitRequestInput!) {
  submitRequest(input: $input) {
    number subject status
    form { version }
    answers { key label value }
    fieldValues { key value }
    timeline { __typename ... on TicketMessage { body author { name } } ... on TicketEvent { type } }
  }
}`;

interface Submitted {
  submitRequest: {
    number: number;
    subject: string;
    status: string;
    form: { version: number };
    answers: { key: string; label: string; value: string }[];
    fieldValues: { key: string; value: unknown }[];
    timeline: { __typename: string; body?: string; type?: string }[];
  };
}

const fieldsOf = (result: GqlResult<unknown>) =>
  result.errors.flatMap((e) => (e.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);

describe('submitting a request', () => {
  let app: TestApp;
  let wile: Caller;
  let versionId: string;
  const submit = (answers: unknown, formVersionId = versionId, who = wile) =>
    who.gql<Submitted>(SUBMIT, { input: { formVersionId, answers } });

  beforeAll(async () => {
    app = await startTestApp();
    wile = await signInContact(app, 'acme', 'wile@coyote.test');
    versionId = (await currentFormVersion(app.dataSource, 'acme')).id;
  });

  afterAll(() => app?.close());

  it("lists the organization's active forms at their published version", async () => {
    const result = await wile.gql<{
      intakeForms: { id: string; name: string; versionId: string; version: number; definition: FormDefinition }[];
    }>(`{ intakeForms { id name versionId version definition } }`);
    expect(result.data?.intakeForms).toEqual([
      expect.objectContaining({
        name: 'Contact support',
        versionId,
        version: 1,
        definition: expect.objectContaining({ sections: expect.any(Array) }),
      }),
    ]);
  });

  it('creates the ticket with its first message, its history, its mapped fields and a confirmation email', async () => {
    const result = await submit(billingAnswers());
    expect(result.errors).toEqual([]);
    const ticket = result.data!.submitRequest;
    expect(ticket).toMatchObject({ number: 8, subject: 'Invoice shows the wrong amount', status: 'NEW', form: { version: 1 } });
    expect(ticket.timeline).toEqual([
      { __typename: 'TicketEvent', type: 'CREATED' },
      { __typename: 'TicketMessage', body: 'The invoice total is twice what I ordered.', author: { name: 'Wile E. Coyote' } },
    ]);
    expect(ticket.fieldValues).toEqual([{ key: 'invoice_number', value: 'INV-1042' }]);
    expect(ticket.answers.map((a) => [a.label, a.value])).toEqual([
      ['Subject', 'Invoice shows the wrong amount'],
      ['What is this about?', 'Billing or an invoice'],
      ['Invoice number', 'INV-1042'],
      ['Describe your request', 'The invoice total is twice what I ordered.'],
    ]);

    const [mail] = await emailsTo(app.dataSource, 'wile@coyote.test');
    expect(mail).toMatchObject({ tag: 'ticket-created', fromName: 'Acme' });
    expect(mail.subject).toContain('#8');
    expect(mail.textBody).toContain(`http://acme.localhost:${app.port}/requests/8`);
    expect(mail.htmlBody).toContain(`http://acme.localhost:${app.port}/requests/8`);
  });

  it('drops answers to questions the contact could not see', async () => {
    const result = await submit(billingAnswers({ product: 'rocket_skates', saw_error: true, error_message: 'E42', unknown_key: 'x' }));
    expect(result.errors).toEqual([]);
    const { number, answers, fieldValues } = result.data!.submitRequest;
    expect(answers.map((a) => a.key)).toEqual(['subject', 'topic', 'invoice_number', 'description']);
    expect(fieldValues.map((f) => f.key)).toEqual(['invoice_number']);
    const stored = await app.dataSource
      .getRepository(Ticket)
      .findOneByOrFail({ number, organizationId: (await currentFormVersion(app.dataSource, 'acme')).organizationId });
    expect(Object.keys(stored.answers).sort()).toEqual(['description', 'invoice_number', 'subject', 'topic']);
  });

  it('does not require a required question that is hidden', async () => {
    const result = await submit({ subject: 'Change my email', topic: 'account', description: 'Please change my account email.' });
    expect(result.errors).toEqual([]);
  });

  it('refuses a missing answer to a visible required question, naming it', async () => {
    const result = await submit(billingAnswers({ invoice_number: undefined }));
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.fields).toEqual([
      { field: 'invoice_number', message: 'This field is required.', code: 'required' },
    ]);
    expect(result.data).toBeNull();
  });

  it('refuses an answer of the wrong type, naming it', async () => {
    const result = await submit(billingAnswers({ subject: 42 }));
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result)).toEqual(['subject']);
  });

  it('refuses an option the question does not offer, naming it', async () => {
    const result = await submit(billingAnswers({ topic: 'weather' }));
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(result)).toContain('topic');
  });

  it('refuses an answer that breaks the format, and answers that are not an object', async () => {
    expect(fieldsOf(await submit(billingAnswers({ invoice_number: 'ABC' })))).toEqual(['invoice_number']);
    expect(fieldsOf(await submit('hello'))).toEqual(['_form']);
  });

  it("answers another organization's form, a malformed id and a missing one with the same NOT_FOUND", async () => {
    const globexVersion = await currentFormVersion(app.dataSource, 'globex');
    for (const id of [globexVersion.id, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const result = await submit(billingAnswers(), id);
      expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Form not found', 'NOT_FOUND']]);
    }
  });

  describe('after the form was edited', () => {
    let v2: IntakeFormVersion;

    beforeAll(async () => {
      const v1 = await currentFormVersion(app.dataSource, 'acme');
      const definition = demoFormDefinition(['Rocket Skates', 'Giant Magnet', 'Portable Hole']);
      definition.sections[2].fields.push({ key: 'order_id', type: 'short_text', label: 'Order number', required: true });
      definition.sections[0].fields[2].label = 'Invoice reference';
      v2 = await app.dataSource.getRepository(IntakeFormVersion).save({
        organizationId: v1.organizationId,
        formId: v1.formId,
        version: 2,
        definition: definition as unknown as Record<string, unknown>,
        mappings: v1.mappings,
      });
      await app.dataSource.getRepository(IntakeForm).update({ id: v1.formId }, { publishedVersion: 2 });
    });

    it('offers the new version', async () => {
      const result = await wile.gql<{ intakeForms: { versionId: string }[] }>(`{ intakeForms { versionId } }`);
      expect(result.data?.intakeForms.map((f) => f.versionId)).toEqual([v2.id]);
    });

    it('still accepts a request made with the version the contact opened, judged and labelled by it', async () => {
      const result = await submit(billingAnswers(), versionId);
      expect(result.errors).toEqual([]);
      expect(result.data?.submitRequest.form.version).toBe(1);
      expect(result.data?.submitRequest.answers.find((a) => a.key === 'invoice_number')?.label).toBe('Invoice number');
    });

    it("judges the new version by the new version's rules", async () => {
      const result = await submit(billingAnswers(), v2.id);
      expect(fieldsOf(result)).toEqual(['order_id']);
    });
  });

  it('numbers tickets sequentially within each organization, also when requests arrive together', async () => {
    const homer = await signInContact(app, 'globex', 'homer@springfield.test');
    const globexVersion = (await currentFormVersion(app.dataSource, 'globex')).id;
    const [acmeBefore, globexBefore] = await Promise.all(
      ['acme', 'globex'].map((slug) => app.dataSource.getRepository(Organization).findOneByOrFail({ slug })),
    );
    const results = await Promise.all([
      submit(billingAnswers()),
      submit(billingAnswers()),
      submit(billingAnswers()),
      submit(billingAnswers(), globexVersion, homer),
      submit(billingAnswers(), globexVersion, homer),
    ]);
    const numbers = results.map((r) => r.data?.submitRequest.number);
    const acme = numbers.slice(0, 3).sort((a, b) => (a ?? 0) - (b ?? 0));
    const globex = numbers.slice(3).sort((a, b) => (a ?? 0) - (b ?? 0));
    const after = (n: number, count: number) => Array.from({ length: count }, (_, i) => n + i + 1);
    expect(acme).toEqual(after(acmeBefore.lastTicketNumber, 3));
    expect(globex).toEqual(after(globexBefore.lastTicketNumber, 2));
  });

  it('does not use up a number when a request is refused', async () => {
    const { lastTicketNumber } = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
    await submit(billingAnswers({ topic: 'weather' }));
    const result = await submit(billingAnswers());
    expect(result.data?.submitRequest.number).toBe(lastTicketNumber + 1);
  });
});
