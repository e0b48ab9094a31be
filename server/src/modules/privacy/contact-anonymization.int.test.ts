import { TicketEvent } from '../tickets/ticket-event.entity';
import { SatisfactionSurvey } from '../satisfaction/satisfaction-survey.entity';
import { buildAdmin, buildAgent, buildOrganization, buildOutgoingEmail, buildTicketEvent } from '../../../test/factories';
import { codes, ok, visitor, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { latestSignInMail, REQUEST_PORTAL, signInAs, VERIFY_PORTAL, VIEWER } from '../../../test/sign-in';
import { Attachment } from '../attachments/attachment.entity';
import { Session } from '../auth/session.entity';
import { SignInToken } from '../auth/sign-in-token.entity';
import { TicketCc } from '../companies/ticket-cc.entity';
import { Contact } from '../contacts/contact.entity';
import { OutgoingEmail } from '../outbox/outgoing-email.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { anonymizedEmail, FORMER_CONTACT_NAME } from './contact-anonymizer';
import { DataDeletionRequest } from './deletion-request.entity';
import { buildPrivacyWorld, type PrivacyWorld } from './test-helpers';

// Runs on PGlite, or on PostgreSQL when DATABASE_URL is set.
let app: TestApp;
let world: PrivacyWorld;
let admin: Caller;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
  world = await buildPrivacyWorld(app);
  admin = await signInAs(app, world.admin);
}, 60_000);
afterAll(() => app?.close());

const REQUEST = `mutation { requestDataDeletion { id status createdAt } }`;
const MINE = `{ myDeletionRequest { id status completedAt } }`;
const LIST = `query ($status: DeletionRequestStatus) { dataDeletionRequests(status: $status) { id status completedAt contact { id name email anonymizedAt } } }`;
const ANONYMIZE = `mutation ($id: ID!) { anonymizeContact(contactId: $id) { id name email anonymizedAt } }`;
const AGENT_TICKET = `query ($n: Int!) { agentTicket(number: $n) { requester { name email } timeline { __typename
  ... on TicketMessage { body author { name } } ... on TicketEvent { type details } } } }`;

type Listed = { dataDeletionRequests: { id: string; status: string; contact: { id: string; email: string } }[] };
const rows = <T extends object>(entity: new () => T, where: Record<string, unknown>) =>
  app.dataSource.getRepository(entity).findBy(where as never);

describe(`a contact asks to have their data deleted (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let requestId: string;

  it('records one open request, however often they ask, and the portal shows it', async () => {
    const first = ok(await world.wileCaller.gql<{ requestDataDeletion: { id: string; status: string } }>(REQUEST)).requestDataDeletion;
    const again = ok(await world.wileCaller.gql<{ requestDataDeletion: { id: string; status: string } }>(REQUEST)).requestDataDeletion;
    expect(first.status).toBe('OPEN');
    expect(again.id).toBe(first.id);
    expect(await rows(DataDeletionRequest, { contactId: world.wile.id })).toHaveLength(1);
    expect(ok(await world.wileCaller.gql<{ myDeletionRequest: { id: string } }>(MINE)).myDeletionRequest.id).toBe(first.id);
    requestId = first.id;
  });

  it("emails each of the organization's admins once, and no one else", async () => {
    const second = await buildAdmin(app.dataSource, { organizationId: world.organization.id });
    const mails = await rows(OutgoingEmail, { tag: 'data-deletion-request', organizationId: world.organization.id });
    // The second admin came after the request: only the admin there at the time was told, once.
    expect(mails.map((m) => m.toAddress)).toEqual([world.admin.email]);
    expect(mails[0].textBody).toContain(world.wile.email);
    expect(mails[0].textBody).toContain('/settings/data-requests');
    expect(second.email).not.toBe(world.admin.email);
  });

  it('is listed for admins only, in their own organization only', async () => {
    const listed = ok(await admin.gql<Listed>(LIST)).dataDeletionRequests;
    expect(listed.map((r) => [r.id, r.contact.email])).toEqual([[requestId, world.wile.email]]);
    const agent = await signInAs(app, world.agent);
    expect(codes(await agent.gql(LIST))).toEqual(['FORBIDDEN']);
    expect(codes(await world.wileCaller.gql(LIST))).toEqual(['FORBIDDEN']);
    const elsewhere = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: world.twin.organizationId }));
    expect(ok(await elsewhere.gql<Listed>(LIST)).dataDeletionRequests).toEqual([]);
    expect(codes(await visitor(app, world.wileCaller.host).gql(REQUEST))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('an admin anonymizes a contact', () => {
  const oldEmail = () => world.wile.email;

  beforeAll(async () => {
    // History that names Wile's address: a CC event, and the inbound log of a mail from them.
    await buildTicketEvent(app.dataSource, {
      ticketId: world.copied.id,
      type: 'cc_added',
      visibleToContact: false,
      data: { contactId: world.wile.id, email: world.wile.email },
    });
    // A reply notification still waiting for its retry.
    await buildOutgoingEmail(app.dataSource, {
      organizationId: world.organization.id,
      toAddress: world.wile.email,
      subject: 'Re: Rocket skates explode',
      tag: 'agent-reply',
      nextAttemptAt: new Date(Date.now() + 3_600_000),
    });
    await app.dataSource.query(
      `INSERT INTO inbound_emails (organization_id, provider_message_id, from_address, subject, outcome) VALUES ($1, 'msg-wile', $2, 'Skates again', 'reply')`,
      [world.organization.id, world.wile.email],
    );
  });

  it('is refused to agents who are not admins, and to contacts', async () => {
    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: world.organization.id }));
    expect(codes(await agent.gql(ANONYMIZE, { id: world.wile.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await world.wileCaller.gql(ANONYMIZE, { id: world.wile.id }))).toEqual(['FORBIDDEN']);
    expect((await rows(Contact, { id: world.wile.id }))[0].anonymizedAt).toBeNull();
  });

  it("answers NOT_FOUND for another organization's contact, a missing one, or a malformed id", async () => {
    expect(codes(await admin.gql(ANONYMIZE, { id: world.twin.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await admin.gql(ANONYMIZE, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    expect(codes(await admin.gql(ANONYMIZE, { id: 'nope' }))).toEqual(['NOT_FOUND']);
    expect((await rows(Contact, { id: world.twin.id }))[0]).toMatchObject({ name: 'Wile Twin', anonymizedAt: null });
  });

  describe('once anonymized', () => {
    let storageKeys: string[];
    beforeAll(async () => {
      storageKeys = (await rows(Attachment, { uploadedByContactId: world.wile.id })).map((a) => a.storageKey);
      expect(storageKeys).toHaveLength(2);
      const done = ok(
        await admin.gql<{ anonymizeContact: { name: string; email: string; anonymizedAt: string } }>(ANONYMIZE, { id: world.wile.id }),
      );
      expect(done.anonymizeContact).toMatchObject({ name: FORMER_CONTACT_NAME, email: anonymizedEmail(world.wile.id) });
    });

    it('has their name and email replaced, their company and manager flag cleared', async () => {
      const [contact] = await rows(Contact, { id: world.wile.id });
      expect(contact).toMatchObject({
        name: FORMER_CONTACT_NAME,
        email: anonymizedEmail(world.wile.id),
        companyId: null,
        isCompanyManager: false,
      });
      expect(contact.email).toMatch(/^former-contact-[0-9a-f]{12}@anonymized\.invalid$/);
      expect(contact.anonymizedAt).toBeInstanceOf(Date);
    });

    it('keeps their rating but erases its comment, on the survey and in the history', async () => {
      const [survey] = await rows(SatisfactionSurvey, { requesterId: world.wile.id });
      expect(survey).toMatchObject({ rating: 'good', comment: null });
      const [event] = await rows(TicketEvent, { ticketId: world.raised.id, type: 'satisfaction_rated' });
      expect(event.data).toEqual({ rating: 'good', from: null });
    });

    it('signs them out everywhere and voids their sign-in links', async () => {
      expect(await rows(Session, { contactId: world.wile.id })).toEqual([]);
      expect(await rows(SignInToken, { email: oldEmail() })).toEqual([]);
      expect(ok(await world.wileCaller.gql<{ viewer: { kind: string } }>(VIEWER)).viewer.kind).toBe('ANONYMOUS');
    });

    it('removes their CCs, and writes the removal in the history', async () => {
      expect(await rows(TicketCc, { contactId: world.wile.id })).toEqual([]);
      const copied = ok(
        await admin.gql<{ agentTicket: { timeline: { type?: string; details?: Record<string, unknown> }[] } }>(AGENT_TICKET, {
          n: world.copied.number,
        }),
      );
      const events = copied.agentTicket.timeline.filter((e) => e.type?.startsWith('CC_'));
      expect(events.map((e) => [e.type, e.details?.email])).toEqual([
        ['CC_ADDED', anonymizedEmail(world.wile.id)],
        ['CC_REMOVED', anonymizedEmail(world.wile.id)],
      ]);
      expect(events[1].details?.reason).toBe('anonymized');
    });

    it('keeps their messages, shown as a former contact, with a "requester anonymized" event on their request', async () => {
      expect(await rows(TicketMessage, { authorContactId: world.wile.id })).toHaveLength(2);
      const raised = ok(
        await admin.gql<{
          agentTicket: {
            requester: { name: string; email: string };
            timeline: { __typename: string; body?: string; author?: { name: string }; type?: string }[];
          };
        }>(AGENT_TICKET, { n: world.raised.number }),
      ).agentTicket;
      expect(raised.requester).toEqual({ name: FORMER_CONTACT_NAME, email: anonymizedEmail(world.wile.id) });
      const mine = raised.timeline.filter((e) => e.body === 'They went off at the cliff.' || e.body === 'Photo attached.');
      expect(mine.map((m) => m.author?.name)).toEqual([FORMER_CONTACT_NAME, FORMER_CONTACT_NAME]);
      expect(raised.timeline.filter((e) => e.type === 'REQUESTER_ANONYMIZED')).toHaveLength(1);
    });

    it('removes their files: the rows and the stored objects', async () => {
      expect(await rows(Attachment, { uploadedByContactId: world.wile.id })).toEqual([]);
      for (const key of storageKeys) expect(await app.services.attachments.storage.get(key)).toBeNull();
    });

    it('redacts the mail to and from their address; nothing queued goes out', async () => {
      expect(await rows(OutgoingEmail, { toAddress: oldEmail() })).toEqual([]);
      const mails = await rows(OutgoingEmail, { toAddress: anonymizedEmail(world.wile.id) });
      expect(mails.map((m) => m.tag).sort()).toEqual(['agent-reply', 'sign-in']);
      for (const mail of mails) expect(mail).toMatchObject({ subject: '(redacted)', textBody: '', htmlBody: '', secretParts: null });
      expect(mails.find((m) => m.tag === 'agent-reply')).toMatchObject({ status: 'failed', lastError: 'recipient anonymized' });
      const inbound: { from_address: string; subject: string }[] = await app.dataSource.query(
        `SELECT from_address, subject FROM inbound_emails WHERE organization_id = $1`,
        [world.organization.id],
      );
      expect(inbound).toEqual([{ from_address: anonymizedEmail(world.wile.id), subject: '(redacted)' }]);
    });

    it('closes their deletion request', async () => {
      const done = ok(await admin.gql<Listed>(LIST, { status: 'DONE' })).dataDeletionRequests;
      expect(done.map((r) => [r.contact.id, r.status])).toEqual([[world.wile.id, 'DONE']]);
      expect(ok(await admin.gql<Listed>(LIST)).dataDeletionRequests).toEqual([]);
      const [request] = await rows(DataDeletionRequest, { contactId: world.wile.id });
      expect(request.completedByAgentId).toBe(world.admin.id);
    });

    it('is a clear error the second time', async () => {
      const again = await admin.gql(ANONYMIZE, { id: world.wile.id });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
      expect(again.errors[0].extensions?.field).toBe('contactId');
    });

    it('leaves the same address in another organization alone', async () => {
      expect((await rows(Contact, { id: world.twin.id }))[0]).toMatchObject({ email: oldEmail(), name: 'Wile Twin' });
    });

    it('a new sign-in with the old address makes a fresh contact, with none of the old data', async () => {
      const browser = visitor(app, world.wileCaller.host);
      ok(await browser.gql(REQUEST_PORTAL, { email: oldEmail() }));
      const { code } = await latestSignInMail(app, oldEmail());
      ok(await browser.gql(VERIFY_PORTAL, { email: oldEmail(), code }));
      const fresh = await rows(Contact, { organizationId: world.organization.id, email: oldEmail() });
      expect(fresh).toHaveLength(1);
      expect(fresh[0].id).not.toBe(world.wile.id);
      expect(fresh[0].companyId).toBeNull();
      expect(ok(await browser.gql<{ viewer: { contact: { email: string } } }>(VIEWER)).viewer.contact.email).toBe(oldEmail());
      expect(ok(await browser.gql<{ myTickets: { nodes: unknown[] } }>(`{ myTickets { nodes { id } } }`)).myTickets.nodes).toEqual([]);
    });
  });
});

it('an organization with no deletion request lists none', async () => {
  const organization = await buildOrganization(app.dataSource);
  const other = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: organization.id }));
  expect(ok(await other.gql<Listed>(LIST)).dataDeletionRequests).toEqual([]);
});
