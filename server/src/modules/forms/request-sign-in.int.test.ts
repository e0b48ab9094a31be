import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';
import { startTestApp, type TestApp } from '../../../test/http';
import { codes, ok, visitor } from '../../../test/graphql';
import { billingAnswers, currentFormVersion } from '../../../test/tickets';
import { latestSignInMail, nonAdminCallers, REQUEST_PORTAL, signInAgent, signInContact, VERIFY_PORTAL } from '../../../test/sign-in';

// The email at the end (issue 16.4): where an organization allows it, a visitor reads the request
// form, confirms their email on sending it, and the request is theirs; elsewhere the form stays
// behind sign-in. Demo data: Acme asks at the end, Globex asks first.

const FORMS = `{ intakeForms { slug versionId } }`;
const PORTAL = `{ portal { requestSignIn } }`;
const SUBMIT = `mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { number subject } }`;
const SETTINGS = `{ intakeFormSettings { requestSignIn } }`;
const SET = `mutation ($mode: RequestSignInMode!) { setRequestSignIn(mode: $mode) { requestSignIn } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
});
afterAll(() => app?.close());

describe('a visitor on a portal that asks for the email at the end', () => {
  it('reads the form, confirms a new email with the code on sending, and the request is submitted as that new contact', async () => {
    const browser = visitor(app, 'acme.localhost');
    expect(ok(await browser.gql<{ portal: { requestSignIn: string } }>(PORTAL)).portal.requestSignIn).toBe('AT_SUBMIT');
    const forms = ok(await browser.gql<{ intakeForms: { slug: string; versionId: string }[] }>(FORMS)).intakeForms;
    expect(forms.map((f) => f.versionId)).toEqual([(await currentFormVersion(app.dataSource, 'acme')).id]);

    // Sending as a visitor is refused (no request without a confirmed email), and nothing is stored.
    const before = await app.dataSource.getRepository(Ticket).count();
    const refused = await browser.gql(SUBMIT, { input: { formVersionId: forms[0].versionId, answers: billingAnswers() } });
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(await app.dataSource.getRepository(Ticket).count()).toBe(before);

    // The form's own page is where the sign-in returns to; the code signs this browser in.
    const email = 'new.person@example.test';
    ok(await browser.gql(REQUEST_PORTAL, { email, returnPath: '/requests/new' }));
    const { code } = await latestSignInMail(app, email);
    expect(
      ok(await browser.gql<{ verifyPortalSignInCode: { returnPath: string } }>(VERIFY_PORTAL, { email, code })).verifyPortalSignInCode,
    ).toEqual({
      returnPath: '/requests/new',
    });
    const sent = ok(
      await browser.gql<{ submitRequest: { number: number; subject: string } }>(SUBMIT, {
        input: { formVersionId: forms[0].versionId, answers: billingAnswers() },
      }),
    ).submitRequest;
    expect(sent.subject).toBe('Invoice shows the wrong amount');

    const acme = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
    const contact = await app.dataSource.getRepository(Contact).findOneByOrFail({ organizationId: acme.id, email });
    const ticket = await app.dataSource.getRepository(Ticket).findOneByOrFail({ organizationId: acme.id, number: sent.number });
    expect(ticket.requesterId).toBe(contact.id);
  });
});

describe('a portal that asks for sign-in first', () => {
  it('keeps the forms from visitors, and still shows them to its signed-in contacts', async () => {
    const browser = visitor(app, 'globex.localhost');
    expect(ok(await browser.gql<{ portal: { requestSignIn: string } }>(PORTAL)).portal.requestSignIn).toBe('FIRST');
    const refused = await browser.gql(FORMS);
    expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(refused.data).toBeNull();
    const homer = await signInContact(app, 'globex', 'homer@springfield.test');
    expect(ok(await homer.gql<{ intakeForms: unknown[] }>(FORMS)).intakeForms.length).toBeGreaterThan(0);
  });

  it('answers visitors in the agent app (no portal) as unauthenticated too', async () => {
    expect(codes(await visitor(app, 'localhost').gql(FORMS))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the setting', () => {
  it('is read and changed by admins only, and the portal follows it at once', async () => {
    const admin = await signInAgent(app, 'globex', 'admin@globex.test');
    expect(ok(await admin.gql<{ intakeFormSettings: { requestSignIn: string } }>(SETTINGS)).intakeFormSettings.requestSignIn).toBe('FIRST');
    for (const [caller, code] of await nonAdminCallers(app, 'globex', { agent: 'agent@globex.test', contact: 'homer@springfield.test' })) {
      expect(codes(await caller.gql(SET, { mode: 'AT_SUBMIT' }))).toEqual([code]);
      expect(codes(await caller.gql(SETTINGS))).toEqual([code]);
    }
    expect(
      ok(await admin.gql<{ setRequestSignIn: { requestSignIn: string } }>(SET, { mode: 'AT_SUBMIT' })).setRequestSignIn.requestSignIn,
    ).toBe('AT_SUBMIT');
    const browser = visitor(app, 'globex.localhost');
    expect(ok(await browser.gql<{ intakeForms: unknown[] }>(FORMS)).intakeForms.length).toBeGreaterThan(0);
    // Another organization's setting is untouched.
    const acme = await signInAgent(app, 'acme', 'admin@acme.test');
    expect(ok(await acme.gql<{ intakeFormSettings: { requestSignIn: string } }>(SETTINGS)).intakeFormSettings.requestSignIn).toBe(
      'AT_SUBMIT',
    );
    ok(await admin.gql(SET, { mode: 'FIRST' }));
    expect(codes(await browser.gql(FORMS))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await admin.gql(SET, { mode: 'SOMETIMES' }))).toEqual(['BAD_USER_INPUT']);
  });
});
