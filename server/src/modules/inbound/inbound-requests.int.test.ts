import { startFakePostmark, type FakePostmark } from '../../../test/fake-postmark';
import { buildAgent, buildContact, buildOrganization, buildTicket } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import { basicAuth, inboundJson, postInbound } from '../../../test/postmark-inbound';
import { signInAs } from '../../../test/sign-in';
import { ok } from '../../../test/graphql';
import { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Ticket } from '../tickets/ticket.entity';

// Requests by email (issue 12.6), the webhook's refusals (12.7), and what ticket emails carry so
// replies come back (12.5), as the real postmark client sends them to a fake Postmark.
describe('requests by email', () => {
  let app: TestApp;
  let postmark: FakePostmark;
  let acme: Organization;

  beforeAll(async () => {
    postmark = await startFakePostmark();
    app = await startTestApp({ seed: false, env: { POSTMARK_SERVER_TOKEN: postmark.serverToken, POSTMARK_API_URL: postmark.url } });
    acme = await buildOrganization(app.dataSource, { name: 'Acme' });
  });
  afterAll(async () => {
    await app?.close();
    await postmark?.close();
  });

  const requestAddress = (organization: Organization) => app.services.inbound.replies.requestAddress(organization) ?? '';
  const ticketsOf = (requesterId: string) =>
    app.dataSource.getRepository(Ticket).find({ where: { requesterId }, order: { number: 'ASC' } });
  const sentTo = async (to: string, tag: string) => {
    for (let i = 0; i < 100; i++) {
      const found = postmark.requests.find(
        (r) => (r.body as { To?: string; Tag?: string } | null)?.To === to && (r.body as { Tag?: string }).Tag === tag,
      );
      if (found) return found.body as Record<string, unknown> & { Headers: { Name: string; Value: string }[] };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no ${tag} email reached Postmark for ${to}`);
  };
  const header = (mail: { Headers: { Name: string; Value: string }[] }, name: string) => mail.Headers.find((h) => h.Name === name)?.Value;

  it('an email from a new sender creates the contact and the ticket, and the contact gets the confirmation with a portal link', async () => {
    const json = inboundJson('New.Person@Example.test', requestAddress(acme), {
      FromFull: { Email: 'New.Person@Example.test', Name: 'New Person', MailboxHash: '' },
      Subject: 'The printer is on fire',
      TextBody: 'Please help, it is really on fire.\n\nNew Person',
    });
    const res = await postInbound(app, json);
    expect(res.json()).toEqual({ status: 'ok', outcome: 'request' });
    const contact = await app.dataSource
      .getRepository(Contact)
      .findOneByOrFail({ organizationId: acme.id, email: 'new.person@example.test' });
    expect(contact.name).toBe('New Person');
    const [ticket] = await ticketsOf(contact.id);
    expect(ticket).toMatchObject({ subject: 'The printer is on fire', status: 'new', formVersionId: null });
    const [message] = await app.dataSource.getRepository(TicketMessage).findBy({ ticketId: ticket.id });
    expect(message).toMatchObject({
      kind: 'public_reply',
      authorContactId: contact.id,
      channel: 'email',
      body: 'Please help, it is really on fire.\n\nNew Person',
    });

    const confirmation = await sentTo('new.person@example.test', 'ticket-created');
    expect(confirmation.TextBody).toContain(`http://${acme.slug}.localhost:${app.port}/requests/${ticket.number}`);
    expect(confirmation.ReplyTo).toBe(app.services.inbound.replies.replyAddress(acme, ticket));
    // Threaded under the contact's own email, and the root every later email of the ticket names.
    expect(header(confirmation, 'Message-ID')).toBe(app.services.inbound.replies.threadRoot(ticket.id));
    const original = json.Headers.find((h) => h.Name === 'Message-ID')?.Value;
    expect(header(confirmation, 'In-Reply-To')).toBe(original);
    expect(header(confirmation, 'References')).toBe(original);
  });

  it('an existing contact writing from the same address, in any case, is the same contact', async () => {
    const known = await buildContact(app.dataSource, { organizationId: acme.id, email: 'known@example.test' });
    await postInbound(app, inboundJson('KNOWN@Example.TEST', requestAddress(acme), { Subject: 'First' }));
    await postInbound(app, inboundJson('known@example.test', requestAddress(acme), { Subject: 'Second' }));
    expect((await ticketsOf(known.id)).map((t) => t.subject)).toEqual(['First', 'Second']);
    expect(await app.dataSource.getRepository(Contact).countBy({ organizationId: acme.id, email: 'known@example.test' })).toBe(1);
  });

  it('an organization whose portal is for known contacts gets no new contacts from email', async () => {
    const closedShop = await buildOrganization(app.dataSource, { portalAccess: 'known_contacts' });
    const res = await postInbound(app, inboundJson('stranger@example.test', requestAddress(closedShop)));
    expect(res.json()).toEqual({ status: 'ok', outcome: 'ignored' });
    expect(await app.dataSource.getRepository(Contact).countBy({ organizationId: closedShop.id })).toBe(0);
  });

  it('a reply to a ticket email comes back to the ticket: agent replies carry Reply-To and threading headers, and say so', async () => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status: 'open' });
    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: acme.id, name: 'Sam' }));
    ok(
      await agent.gql(
        `mutation ($n: Int!) { addTicketMessage(number: $n, kind: PUBLIC_REPLY, body: "Try turning it off and on again.") { id } }`,
        { n: ticket.number },
      ),
    );
    const reply = await sentTo(contact.email, 'agent-reply');
    const root = app.services.inbound.replies.threadRoot(ticket.id);
    expect(reply.ReplyTo).toMatch(new RegExp(`^support\\+${acme.inboundEmailKey}-${ticket.number}-[a-z2-7]{16}@inbound\\.localhost$`));
    expect(header(reply, 'In-Reply-To')).toBe(root);
    expect(header(reply, 'References')).toBe(root);
    expect(header(reply, 'Message-ID')).toMatch(/^<[0-9a-f-]{36}@inbound\.localhost>$/);
    expect(reply.TextBody).toMatch(/^##- Please type your reply above this line -##/);
    expect(reply.TextBody).toContain('You can reply to this email');
    expect(reply.TextBody).not.toContain('reply in the portal');

    // The contact's mail client quotes our email under the reply; the webhook keeps only the reply.
    const res = await postInbound(
      app,
      inboundJson(contact.email, String(reply.ReplyTo), {
        Subject: `Re: ${String(reply.Subject)}`,
        TextBody: `Done, it works now.\n\nOn Wed, 2 Dec 2026, Acme <${app.config.mail.from}> wrote:\n${String(reply.TextBody)
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n')}`,
        Headers: [
          { Name: 'In-Reply-To', Value: String(header(reply, 'Message-ID')) },
          { Name: 'References', Value: `${root} ${String(header(reply, 'Message-ID'))}` },
        ],
      }),
    );
    expect(res.json()).toEqual({ status: 'ok', outcome: 'reply' });
    const messages = await app.dataSource
      .getRepository(TicketMessage)
      .find({ where: { ticketId: ticket.id }, order: { createdAt: 'ASC' } });
    expect(messages.at(-1)).toMatchObject({ authorContactId: contact.id, body: 'Done, it works now.' });
  });

  it("shows admins the organization's requests address in the settings, and no one else", async () => {
    const admin = await signInAs(app, await buildAgent(app.dataSource, { organizationId: acme.id, role: 'admin' }));
    const settings = ok(
      await admin.gql<{ inboundEmailSettings: { enabled: boolean; requestAddress: string } }>(
        `{ inboundEmailSettings { enabled requestAddress } }`,
      ),
    );
    expect(settings.inboundEmailSettings).toEqual({ enabled: true, requestAddress: `support+${acme.inboundEmailKey}@inbound.localhost` });
    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: acme.id, role: 'agent' }));
    expect((await agent.gql(`{ inboundEmailSettings { requestAddress } }`)).errors.length).toBeGreaterThan(0);
    const contact = await signInAs(app, await buildContact(app.dataSource, { organizationId: acme.id }));
    expect((await contact.gql(`{ inboundEmailSettings { requestAddress } }`)).errors.length).toBeGreaterThan(0);
  });

  describe('the webhook', () => {
    const valid = () => inboundJson('someone@example.test', requestAddress(acme));

    it('refuses missing or wrong credentials with 401, adding nothing', async () => {
      const webhook = app.config.mail.inbound!.webhook;
      for (const authorization of [
        null,
        basicAuth(webhook.username, 'wrong'),
        basicAuth('other', webhook.password),
        'Bearer x',
        `Basic ${'!'.repeat(8)}`,
      ]) {
        const json = valid();
        const res = await postInbound(app, json, authorization);
        expect(res.status).toBe(401);
        expect(res.headers['www-authenticate']).toMatch(/^Basic /);
        expect(res.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      expect(await app.dataSource.getRepository(Contact).countBy({ email: 'someone@example.test' })).toBe(0);
    });

    it('answers malformed JSON and payloads Postmark never sends with 400 and a code', async () => {
      expect((await postInbound(app, '{"MessageID": ')).json()).toMatchObject({ errors: [{ extensions: { code: 'MALFORMED_JSON' } }] });
      const noId = { ...valid(), MessageID: '' };
      const noFrom = { ...valid(), From: 'not an address', FromFull: { Email: '', Name: '', MailboxHash: '' } };
      for (const body of [noId, noFrom, [], 'null']) {
        const res = await postInbound(app, body);
        expect(res.status).toBe(400);
        expect(res.json()).toMatchObject({
          errors: [{ extensions: { code: expect.stringMatching(/^(INVALID_PAYLOAD|MALFORMED_JSON)$/) } }],
        });
      }
    });
  });
});
