import { buildContact, buildOrganization, buildTicket } from '../../../test/factories';
import { ok } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { inboundJson, postInbound } from '../../../test/postmark-inbound';
import { downloadAs, PNG_BYTES } from '../../../test/uploads';
import { signInAs } from '../../../test/sign-in';
import { Attachment } from '../attachments/attachment.entity';
import { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Ticket } from '../tickets/ticket.entity';

const attachment = (Name: string, bytes: Buffer, ContentType = 'application/octet-stream') => ({
  Name,
  Content: bytes.toString('base64'),
  ContentType,
  ContentLength: bytes.length,
});

// Issue 12.5–6: an email's attachments reach the ticket as files of the message, stored through
// AttachmentService.upload as the contact, readable by whoever may read the message.
describe('attachments of inbound mail', () => {
  let app: TestApp;
  let acme: Organization;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    acme = await buildOrganization(app.dataSource, { name: 'Acme' });
  });
  afterAll(() => app?.close());

  const replyAddress = (ticket: Ticket) => app.services.inbound.replies.replyAddress(acme, ticket) ?? '';
  const lastMessage = async (ticketId: string) =>
    (await app.dataSource.getRepository(TicketMessage).find({ where: { ticketId }, order: { createdAt: 'ASC' } })).at(-1);
  const filesOf = (messageId: string) =>
    app.dataSource.getRepository(Attachment).find({ where: { messageId }, order: { fileName: 'ASC' } });

  it("attaches a reply's files to the requester's message, and the requester can download them", async () => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status: 'open' });
    const res = await postInbound(
      app,
      inboundJson(contact.email, replyAddress(ticket), {
        TextBody: 'Here is the screenshot and the log.',
        Attachments: [
          attachment('screenshot.png', PNG_BYTES, 'image/png'),
          attachment('app.log', Buffer.from('line 1\nline 2\n'), 'text/plain'),
        ],
      }),
    );
    expect(res.json()).toEqual({ status: 'ok', outcome: 'reply' });
    const message = await lastMessage(ticket.id);
    expect(message).toMatchObject({ authorContactId: contact.id, body: 'Here is the screenshot and the log.' });
    const files = await filesOf(message!.id);
    expect(files.map((f) => [f.fileName, f.contentType, f.uploadedByContactId])).toEqual([
      ['app.log', 'application/octet-stream', contact.id],
      ['screenshot.png', 'image/png', contact.id],
    ]);

    const requester = await signInAs(app, contact);
    const view = ok(
      await requester.gql<{ ticket: { timeline: { attachments?: { fileName: string; url: string }[] }[] } }>(
        `query ($n: Int!) { ticket(number: $n) { timeline { ... on TicketMessage { attachments { fileName url } } } } }`,
        { n: ticket.number },
      ),
    );
    const listed = view.ticket.timeline.at(-1)?.attachments ?? [];
    expect(listed.map((f) => f.fileName).sort()).toEqual(['app.log', 'screenshot.png']);
    const download = await downloadAs(app, requester, files[0].id);
    expect(download.status).toBe(200);
    expect(download.text).toBe('line 1\nline 2\n');
  });

  it("attaches a new request's files to its first message; a program is not kept and is named instead", async () => {
    const res = await postInbound(
      app,
      inboundJson('files@example.test', app.services.inbound.replies.requestAddress(acme) ?? '', {
        Subject: 'Invoice attached',
        TextBody: 'See attached.',
        Attachments: [attachment('invoice.pdf', Buffer.from('%PDF-1.4 fake')), attachment('setup.exe', Buffer.from('MZ\x90\x00rest'))],
      }),
    );
    expect(res.json()).toEqual({ status: 'ok', outcome: 'request' });
    const contact = await app.dataSource.getRepository(Contact).findOneByOrFail({ organizationId: acme.id, email: 'files@example.test' });
    const ticket = await app.dataSource.getRepository(Ticket).findOneByOrFail({ requesterId: contact.id });
    const message = await lastMessage(ticket.id);
    expect(message?.body).toBe('See attached.\n\n[Attachments not kept (a program, too large, or more than 10): setup.exe]');
    expect((await filesOf(message!.id)).map((f) => f.fileName)).toEqual(['invoice.pdf']);
  });

  it('a reply of files alone needs no words', async () => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status: 'open' });
    await postInbound(
      app,
      inboundJson(contact.email, replyAddress(ticket), { TextBody: '', Attachments: [attachment('photo.png', PNG_BYTES, 'image/png')] }),
    );
    const message = await lastMessage(ticket.id);
    expect(message?.body).toBe('');
    expect(await filesOf(message!.id)).toHaveLength(1);
  });

  it('keeps no file of an unverified sender, and names them to agents; a retried delivery attaches nothing twice', async () => {
    const contact = await buildContact(app.dataSource, { organizationId: acme.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: acme.id, requesterId: contact.id, status: 'open' });
    await postInbound(
      app,
      inboundJson('other@example.test', replyAddress(ticket), {
        TextBody: 'Mine.',
        Attachments: [attachment('x.pdf', Buffer.from('%PDF'))],
      }),
    );
    const note = await lastMessage(ticket.id);
    expect(note).toMatchObject({ kind: 'internal_note', body: 'Mine.\n\n[Attachments not kept, the sender is unverified: x.pdf]' });
    expect(await filesOf(note!.id)).toEqual([]);

    const json = inboundJson(contact.email, replyAddress(ticket), {
      TextBody: 'Once.',
      Attachments: [attachment('once.pdf', Buffer.from('%PDF'))],
    });
    await postInbound(app, json);
    await postInbound(app, json);
    const messages = await app.dataSource.getRepository(TicketMessage).findBy({ ticketId: ticket.id, body: 'Once.' });
    expect(messages).toHaveLength(1);
    expect(await filesOf(messages[0].id)).toHaveLength(1);
    // The retry's copy stays an unattached upload, which the sweeper removes after a day.
    expect(await app.dataSource.getRepository(Attachment).countBy({ fileName: 'once.pdf', uploadedByContactId: contact.id })).toBe(2);
  });
});
