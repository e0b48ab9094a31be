import { buildAgent, buildContact, buildOrganization, buildTicket } from '../../../test/factories';
import { ok } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { Attachment } from '../attachments/attachment.entity';
import { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Ticket } from '../tickets/ticket.entity';
import { devInboundPayload } from './dev-inbound';
import { OutgoingEmail } from './outgoing-email.entity';

// Issue 12.9: the development outbox's buttons post Postmark's inbound JSON to the real webhook.
describe("the development outbox's reply button", () => {
  let app: TestApp;
  let acme: Organization;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    acme = await buildOrganization(app.dataSource, { name: 'Acme' });
  });
  afterAll(() => app?.close());

  const appOrigin = () => `http://localhost:${app.port}`;
  const postForm = (path: string, fields: Record<string, string>, origin = appOrigin()) =>
    app.request(path, {
      method: 'POST',
      host: 'localhost',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
    });

  it('builds the JSON Postmark sends, with every documented field', () => {
    const payload = devInboundPayload({
      from: 'a@example.test',
      to: 'support+abc-1-def@inbound.localhost',
      subject: 'Re: hi',
      text: 'Yes.',
    });
    expect(Object.keys(payload).sort()).toEqual(
      [
        'Attachments',
        'Bcc',
        'BccFull',
        'Cc',
        'CcFull',
        'Date',
        'From',
        'FromFull',
        'FromName',
        'Headers',
        'HtmlBody',
        'MailboxHash',
        'MessageID',
        'MessageStream',
        'OriginalRecipient',
        'ReplyTo',
        'StrippedTextReply',
        'Subject',
        'Tag',
        'TextBody',
        'To',
        'ToFull',
      ].sort(),
    );
    expect(payload).toMatchObject({ MailboxHash: 'abc-1-def', OriginalRecipient: 'support+abc-1-def@inbound.localhost', TextBody: 'Yes.' });
  });

  it('replies to an agent reply as the contact, through the webhook, and the reply lands on the ticket without the quote', async () => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status: 'open' });
    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: acme.id }));
    ok(
      await agent.gql(`mutation ($n: Int!) { addTicketMessage(number: $n, kind: PUBLIC_REPLY, body: "Does it work now?") { id } }`, {
        n: ticket.number,
      }),
    );
    const email = await app.dataSource.getRepository(OutgoingEmail).findOneByOrFail({ toAddress: contact.email, tag: 'agent-reply' });

    const page = await app.request('/dev/mail', { host: 'localhost' });
    expect(page.text).toContain(`action="/dev/mail/${email.id}/reply"`);
    expect(page.text).toContain('Reply to this email');

    const res = await postForm(`/dev/mail/${email.id}/reply`, { text: 'Yes, all good now.' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/dev/mail?sent=reply');
    const messages = await app.dataSource
      .getRepository(TicketMessage)
      .find({ where: { ticketId: ticket.id }, order: { createdAt: 'ASC' } });
    expect(messages.at(-1)).toMatchObject({ authorContactId: contact.id, channel: 'email', body: 'Yes, all good now.' });
  });

  it('sends a file chosen in the reply form as a Postmark attachment, which lands on the message', async () => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status: 'open' });
    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: acme.id }));
    ok(
      await agent.gql(`mutation ($n: Int!) { addTicketMessage(number: $n, kind: PUBLIC_REPLY, body: "Can you send the log?") { id } }`, {
        n: ticket.number,
      }),
    );
    const email = await app.dataSource.getRepository(OutgoingEmail).findOneByOrFail({ toAddress: contact.email, tag: 'agent-reply' });
    const boundary = '----dev-reply';
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\nHere it is.\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="app.log"\r\nContent-Type: text/plain\r\n\r\nboom\r\n`,
      `--${boundary}--\r\n`,
    ].join('');
    const res = await app.request(`/dev/mail/${email.id}/reply`, {
      method: 'POST',
      host: 'localhost',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, origin: appOrigin() },
      body,
    });
    expect(res.headers.location).toBe('/dev/mail?sent=reply');
    const message = (
      await app.dataSource.getRepository(TicketMessage).find({ where: { ticketId: ticket.id }, order: { createdAt: 'ASC' } })
    ).at(-1);
    expect(message?.body).toBe('Here it is.');
    expect(
      (await app.dataSource.getRepository(Attachment).findBy({ messageId: message!.id })).map((f) => [f.fileName, f.byteSize]),
    ).toEqual([['app.log', 4]]);
  });

  it('writes a new request by email to an organization', async () => {
    const res = await postForm('/dev/mail/new-request', {
      organizationId: acme.id,
      from: 'fresh@example.test',
      subject: 'Where is my order?',
      text: 'It is late.',
    });
    expect(res.headers.location).toBe('/dev/mail?sent=request');
    const contact = await app.dataSource.getRepository(Contact).findOneByOrFail({ organizationId: acme.id, email: 'fresh@example.test' });
    expect(await app.dataSource.getRepository(Ticket).findOneBy({ requesterId: contact.id })).toMatchObject({
      subject: 'Where is my order?',
    });
  });

  it('refuses a post from another origin', async () => {
    const res = await postForm('/dev/mail/new-request', { organizationId: acme.id, from: 'evil@example.test' }, 'http://evil.test');
    expect(res.status).toBe(403);
    expect(await app.dataSource.getRepository(Contact).countBy({ email: 'evil@example.test' })).toBe(0);
  });
});
