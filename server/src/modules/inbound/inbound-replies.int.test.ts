import { buildAgent, buildContact, buildOrganization, buildTicket, buildTicketMessage } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import { inboundJson, postInbound } from '../../../test/postmark-inbound';
import { signInAs } from '../../../test/sign-in';
import { ok } from '../../../test/graphql';
import { REPLY_MARKER } from '../mail/reply-marker';
import type { Organization } from '../organizations/organization.entity';
import { OutgoingEmail } from '../outbox/outgoing-email.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Ticket } from '../tickets/ticket.entity';
import { InboundEmail } from './inbound-email.entity';

// Replies by email (issue 12.5, 12.7): Postmark's real inbound JSON, over real HTTP, to the running app.
describe('replies by email', () => {
  let app: TestApp;
  let acme: Organization;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    acme = await buildOrganization(app.dataSource, { name: 'Acme' });
  });
  afterAll(() => app?.close());

  const replyAddress = (organization: Organization, ticket: Ticket) => {
    const address = app.services.inbound.replies.replyAddress(organization, ticket);
    if (!address) throw new Error('inbound mail is off');
    return address;
  };
  const messagesOf = (ticket: Ticket) =>
    app.dataSource.getRepository(TicketMessage).find({ where: { ticketId: ticket.id }, order: { createdAt: 'ASC' } });
  const ticketRow = (ticket: Ticket) => app.dataSource.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
  const mailTo = (to: string) =>
    app.dataSource.getRepository(OutgoingEmail).find({ where: { toAddress: to }, order: { createdAt: 'ASC' } });
  const newTicket = async (status: Ticket['status'] = 'open') => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status });
    return { contact, ticket };
  };

  it("adds the requester's reply to the ticket named by the reply address, as their message, quoted history cut", async () => {
    const { contact, ticket } = await newTicket('pending');
    const res = await postInbound(
      app,
      inboundJson(contact.email.toUpperCase(), replyAddress(acme, ticket), {
        Subject: `Re: [#${ticket.number}] ${ticket.subject}`,
        TextBody: `It still fails after the update.\n\nOn Tue, 1 Dec 2026 at 10:00, Acme <support@actionconnect.localhost> wrote:\n> ${REPLY_MARKER}\n> Have you tried turning it off and on again?\n`,
      }),
    );
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', outcome: 'reply' });
    const last = (await messagesOf(ticket)).at(-1);
    expect(last).toMatchObject({
      kind: 'public_reply',
      authorContactId: contact.id,
      channel: 'email',
      unverifiedSenderEmail: null,
      body: 'It still fails after the update.',
    });
    expect((await ticketRow(ticket)).status).toBe('open');
  });

  it("prefers Postmark's StrippedTextReply, and drops the signature otherwise", async () => {
    const { contact, ticket } = await newTicket();
    await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), {
        StrippedTextReply: 'Short answer.',
        TextBody: 'Short answer.\n\n> old stuff',
      }),
    );
    await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), { TextBody: 'Thanks, that works!\n\n-- \nWile E. Coyote\nAcme Corp' }),
    );
    expect((await messagesOf(ticket)).map((m) => m.body)).toEqual(['Short answer.', 'Thanks, that works!']);
  });

  it('turns an HTML-only reply into text, without its scripts, styles or markup', async () => {
    const { contact, ticket } = await newTicket();
    await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), {
        TextBody: '',
        HtmlBody: `<html><head><style>p{color:red}</style></head><body><p>Line <b>one</b> &amp; more</p><script>alert(1)</script><div>Line two</div><blockquote><p>${REPLY_MARKER}</p><p>old</p></blockquote></body></html>`,
      }),
    );
    expect((await messagesOf(ticket)).at(-1)?.body).toBe('Line one & more\nLine two');
  });

  it('reopens a solved request', async () => {
    const { contact, ticket } = await newTicket('solved');
    await postInbound(app, inboundJson(contact.email, replyAddress(acme, ticket), { TextBody: 'It broke again.' }));
    expect((await ticketRow(ticket)).status).toBe('open');
  });

  it('adds nothing to a closed request, and answers the requester with the branded "closed" email and a link', async () => {
    const { contact, ticket } = await newTicket('closed');
    const res = await postInbound(app, inboundJson(contact.email, replyAddress(acme, ticket), { TextBody: 'One more thing.' }));
    expect(res.json()).toEqual({ status: 'ok', outcome: 'closed-notice' });
    expect(await messagesOf(ticket)).toEqual([]);
    const [notice] = await mailTo(contact.email);
    expect(notice).toMatchObject({ tag: 'ticket-closed', fromName: 'Acme' });
    expect(notice.subject).toContain(`[#${ticket.number}] This request is closed`);
    expect(notice.textBody).toContain('open a new request');
    expect(notice.htmlBody).toContain(`http://${acme.slug}.localhost:${app.port}/requests/new`);
    // Replying to the notice opens a new request.
    expect(notice.replyTo).toBe(app.services.inbound.replies.requestAddress(acme));
  });

  it('adds one message when Postmark delivers the same MessageID twice, even at once', async () => {
    const { contact, ticket } = await newTicket();
    const json = inboundJson(contact.email, replyAddress(acme, ticket), { TextBody: 'Only once, please.' });
    const answers = await Promise.all([postInbound(app, json), postInbound(app, json)]);
    const again = await postInbound(app, json);
    expect([...answers, again].map((r) => r.status)).toEqual([200, 200, 200]);
    expect(again.json()).toEqual({ status: 'ok', outcome: 'duplicate' });
    expect((await messagesOf(ticket)).map((m) => m.body)).toEqual(['Only once, please.']);
    expect(await app.dataSource.getRepository(InboundEmail).countBy({ providerMessageId: json.MessageID })).toBe(1);
  });

  it.each([
    ['Auto-Submitted: auto-replied', [{ Name: 'Auto-Submitted', Value: 'auto-replied' }]],
    ['Auto-Submitted: auto-generated', [{ Name: 'Auto-Submitted', Value: 'auto-generated' }]],
    ['X-Autoreply', [{ Name: 'X-Autoreply', Value: 'yes' }]],
    ['X-Autorespond', [{ Name: 'X-Autorespond', Value: 'Out of office' }]],
    ['Precedence: bulk', [{ Name: 'Precedence', Value: 'bulk' }]],
    ['Precedence: junk', [{ Name: 'Precedence', Value: 'junk' }]],
    ['Precedence: list', [{ Name: 'Precedence', Value: 'List' }]],
  ])('an email with %s adds nothing and sends nothing', async (_name, headers) => {
    const { contact, ticket } = await newTicket('closed');
    const res = await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), { Headers: headers, TextBody: 'I am away.' }),
    );
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', outcome: 'ignored' });
    expect(await messagesOf(ticket)).toEqual([]);
    expect(await mailTo(contact.email)).toEqual([]);
  });

  it('an email with Auto-Submitted: no is a person writing', async () => {
    const { contact, ticket } = await newTicket();
    const res = await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), { Headers: [{ Name: 'Auto-Submitted', Value: 'no' }] }),
    );
    expect(res.json()).toEqual({ status: 'ok', outcome: 'reply' });
  });

  it('mail from our own sender address (a loop) adds nothing and sends nothing', async () => {
    const { ticket } = await newTicket('closed');
    const res = await postInbound(app, inboundJson(app.config.mail.from, replyAddress(acme, ticket)));
    expect(res.json()).toEqual({ status: 'ok', outcome: 'ignored' });
    expect(await messagesOf(ticket)).toEqual([]);
    expect(await mailTo(app.config.mail.from)).toEqual([]);
  });

  it('a reply from someone other than the requester reaches agents flagged, never the requester', async () => {
    const { contact, ticket } = await newTicket();
    await buildTicketMessage(app.dataSource, { ticketId: ticket.id, body: 'My printer is on fire.' });
    const res = await postInbound(
      app,
      inboundJson('Mallory@Evil.test', replyAddress(acme, ticket), { TextBody: 'Please send the invoice to me instead.' }),
    );
    expect(res.json()).toEqual({ status: 'ok', outcome: 'flagged' });
    expect((await messagesOf(ticket)).at(-1)).toMatchObject({
      kind: 'internal_note',
      authorContactId: null,
      authorAgentId: null,
      unverifiedSenderEmail: 'mallory@evil.test',
      body: 'Please send the invoice to me instead.',
    });

    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: acme.id }));
    const agentView = ok(
      await agent.gql<{
        agentTicket: { timeline: { body?: string; internal?: boolean; unverifiedSenderEmail?: string | null; author?: unknown }[] };
      }>(
        `query ($n: Int!) { agentTicket(number: $n) { timeline { ... on TicketMessage { body internal viaEmail unverifiedSenderEmail author { __typename } } } } }`,
        { n: ticket.number },
      ),
    );
    expect(agentView.agentTicket.timeline.at(-1)).toEqual({
      body: 'Please send the invoice to me instead.',
      internal: true,
      viaEmail: true,
      unverifiedSenderEmail: 'mallory@evil.test',
      author: null,
    });

    const requester = await signInAs(app, contact);
    const contactView = ok(
      await requester.gql<{ ticket: { timeline: { body?: string }[] } }>(
        `query ($n: Int!) { ticket(number: $n) { timeline { ... on TicketMessage { body } } } }`,
        { n: ticket.number },
      ),
    );
    expect(contactView.ticket.timeline.map((e) => e.body).filter(Boolean)).toEqual(['My printer is on fire.']);
    const field = await requester.gql(
      `query ($n: Int!) { ticket(number: $n) { timeline { ... on TicketMessage { unverifiedSenderEmail } } } }`,
      {
        n: ticket.number,
      },
    );
    expect(field.errors.length).toBeGreaterThan(0);
  });

  it("a reply in the requester's name that fails SPF is flagged for agents, not taken as theirs", async () => {
    const { contact, ticket } = await newTicket();
    const res = await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), {
        TextBody: 'Change my bank details.',
        Headers: [
          {
            Name: 'Received-SPF',
            Value: 'Fail (protection.outlook.com: domain of example.test does not designate 203.0.113.9 as permitted sender)',
          },
        ],
      }),
    );
    expect(res.json()).toEqual({ status: 'ok', outcome: 'flagged' });
    expect((await messagesOf(ticket)).at(-1)).toMatchObject({
      kind: 'internal_note',
      authorContactId: null,
      unverifiedSenderEmail: contact.email,
    });
    const softfail = await postInbound(
      app,
      inboundJson(contact.email, replyAddress(acme, ticket), {
        TextBody: 'Forwarded.',
        Headers: [{ Name: 'Received-SPF', Value: 'SoftFail (…)' }],
      }),
    );
    expect(softfail.json()).toEqual({ status: 'ok', outcome: 'reply' });
  });

  it('a forged MailboxHash, or a token of another organization, adds nothing (answered 200, so Postmark stops)', async () => {
    const { contact, ticket } = await newTicket();
    const globex = await buildOrganization(app.dataSource, { name: 'Globex' });
    const globexTicket = await buildTicket(app.dataSource, { organizationId: globex.id, number: ticket.number });
    const real = replyAddress(acme, ticket);
    const [local, domain] = real.split('@');
    const forgedMac = `${local.slice(0, -4)}aaaa@${domain}`;
    const otherNumber = real.replace(`-${ticket.number}-`, `-${ticket.number + 1000}-`);
    // Globex's genuine token for its own ticket of the same number, put on Acme's key.
    const globexMac = replyAddress(globex, globexTicket).split('-').at(-1);
    const foreign = real.replace(/-[a-z2-7]+@/, `-${globexMac}`);
    const unknownKey = real.replace(acme.inboundEmailKey, 'ffffffffff');
    for (const to of [forgedMac, otherNumber, foreign, unknownKey, `support@${domain}`, `support+garbage!@${domain}`]) {
      const res = await postInbound(app, inboundJson(contact.email, to, { TextBody: `Sneaky ${to}` }));
      expect(res.status).toBe(200);
      expect((res.json() as { outcome: string }).outcome).toMatch(/^(ignored|unroutable)$/);
    }
    expect(await messagesOf(ticket)).toEqual([]);
    expect(await messagesOf(globexTicket)).toEqual([]);
    expect(await mailTo(contact.email)).toEqual([]);
  });
});
