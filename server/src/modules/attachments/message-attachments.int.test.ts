import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { buildAgent, buildAttachment, buildContact, buildOrganization, buildTicket, buildTicketMessage } from '../../../test/factories';
import { emailsTo } from '../../../test/emails';
import { codes, type Caller, type GqlResult } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { statementCounter } from '../../../test/statements';
import { downloadAs, PNG_BYTES, uploadAs } from '../../../test/uploads';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Attachment } from './attachment.entity';
import { DiskStorage } from './disk-storage';

let app: TestApp;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ac-attach-'));
  app = await startTestApp({ seed: false, overrides: { fileStorage: new DiskStorage(root) } });
});
afterAll(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

const FILES = 'attachments { id fileName contentType byteSize isImage url }';
const REPLY = `mutation ($number: Int!, $body: String!, $ids: [ID!]) {
  replyToTicket(number: $number, body: $body, attachmentIds: $ids) {
    timeline { ... on TicketMessage { id body ${FILES} } }
  }
}`;
const ADD = `mutation ($number: Int!, $kind: TicketMessageKind!, $body: String!, $ids: [ID!]) {
  addTicketMessage(number: $number, kind: $kind, body: $body, attachmentIds: $ids) {
    timeline { ... on TicketMessage { id body internal ${FILES} } }
  }
}`;
const PORTAL_TIMELINE = `query ($number: Int!) { ticket(number: $number) { timeline { ... on TicketMessage { id body ${FILES} } } } }`;
const AGENT_TIMELINE = `query ($number: Int!) { agentTicket(number: $number) { timeline { ... on TicketMessage { id internal ${FILES} } } } }`;

interface FileNode {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  isImage: boolean;
  url: string;
}
type Messages = { id: string; body: string; internal?: boolean; attachments: FileNode[] }[];

/** An organization with a ticket, its requester and an agent signed in, and another contact. */
async function setting() {
  const organization = await buildOrganization(app.dataSource);
  const requester = await buildContact(app.dataSource, { organizationId: organization.id });
  const other = await buildContact(app.dataSource, { organizationId: organization.id });
  const agent = await buildAgent(app.dataSource, { organizationId: organization.id });
  const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: requester.id, status: 'open' });
  return {
    organization,
    ticket,
    requester,
    wile: await signInAs(app, requester),
    other: await signInAs(app, other),
    agent: await signInAs(app, agent),
  };
}

const reply = (caller: Caller, number: number, body: string, ids?: string[]) =>
  caller.gql<{ replyToTicket: { timeline: Messages } }>(REPLY, { number, body, ids });
const add = (caller: Caller, number: number, kind: 'PUBLIC_REPLY' | 'INTERNAL_NOTE', body: string, ids?: string[]) =>
  caller.gql<{ addTicketMessage: { timeline: Messages } }>(ADD, { number, kind, body, ids });
const lastMessage = (timeline: Messages) => timeline.filter((entry) => entry.id).at(-1)!;

/** The refusal every bad list of ids gets: BAD_USER_INPUT naming attachmentIds. */
function refused(result: GqlResult<unknown>, message: RegExp) {
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  expect(result.errors[0].extensions?.field).toBe('attachmentIds');
  expect(result.errors[0].message).toMatch(message);
}

const messageCount = (ticketId: string) => app.dataSource.getRepository(TicketMessage).countBy({ ticketId });
const rowOf = (id: string) => app.dataSource.getRepository(Attachment).findOneByOrFail({ id });

describe('files on messages', () => {
  it("a contact's reply carries their uploads, listed on the message and downloadable by them and the agents", async () => {
    const { ticket, wile, agent } = await setting();
    const png = await uploadAs(app, wile, 'screen shot.png', PNG_BYTES);
    const pdf = await uploadAs(app, wile, 'invoice.pdf', '%PDF-1.4 not really');
    const result = await reply(wile, ticket.number, 'Here you go', [png, pdf]);
    expect(result.errors).toEqual([]);
    const message = lastMessage(result.data!.replyToTicket.timeline);
    expect(message.attachments).toEqual([
      {
        id: png,
        fileName: 'screen shot.png',
        contentType: 'image/png',
        byteSize: PNG_BYTES.length,
        isImage: true,
        url: `/attachments/${png}`,
      },
      {
        id: pdf,
        fileName: 'invoice.pdf',
        contentType: 'application/octet-stream',
        byteSize: 19,
        isImage: false,
        url: `/attachments/${pdf}`,
      },
    ]);
    const row = await rowOf(png);
    expect(row.messageId).toBe(message.id);
    expect(row.attachedAt).toBeInstanceOf(Date);
    expect((await downloadAs(app, wile, pdf)).status).toBe(200);
    expect((await downloadAs(app, agent, png)).status).toBe(200);
  });

  it('a message may be files alone, but never empty', async () => {
    const { ticket, wile } = await setting();
    const id = await uploadAs(app, wile, 'only.png', PNG_BYTES);
    const result = await reply(wile, ticket.number, '   ', [id]);
    expect(result.errors).toEqual([]);
    expect(lastMessage(result.data!.replyToTicket.timeline)).toMatchObject({ body: '', attachments: [{ id }] });

    const empty = await reply(wile, ticket.number, '  ', []);
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors[0]).toMatchObject({ message: 'Write a message first.', extensions: { field: 'body' } });
  });

  it("an agent's public reply carries files, and its email names them with their size and the request's page", async () => {
    const { ticket, requester, wile, agent } = await setting();
    const id = await uploadAs(
      app,
      agent,
      'report.pdf',
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(Math.round(1.2 * 1024 * 1024) - 9, 1)]),
    );
    const result = await add(agent, ticket.number, 'PUBLIC_REPLY', 'The report is attached.', [id]);
    expect(result.errors).toEqual([]);
    expect(lastMessage(result.data!.addTicketMessage.timeline).attachments).toEqual([
      expect.objectContaining({ id, fileName: 'report.pdf' }),
    ]);

    const [mail] = await emailsTo(app.dataSource, requester.email);
    expect(mail.textBody).toContain('report.pdf (1.2 MB)');
    expect(mail.textBody).toContain(`/requests/${ticket.number}`);
    expect(mail.htmlBody).toContain('report.pdf (1.2 MB)');
    expect(mail.textBody).not.toContain('/attachments/');

    const seen = await wile.gql<{ ticket: { timeline: Messages } }>(PORTAL_TIMELINE, { number: ticket.number });
    expect(lastMessage(seen.data!.ticket.timeline).attachments.map((f) => f.id)).toEqual([id]);
    expect((await downloadAs(app, wile, id)).status).toBe(200);
  });

  it("a contact never sees or downloads an internal note's file, before or after it is attached", async () => {
    const { ticket, requester, wile, agent } = await setting();
    const id = await uploadAs(app, agent, 'internal.png', PNG_BYTES);
    expect((await downloadAs(app, wile, id)).status).toBe(404);
    const result = await add(agent, ticket.number, 'INTERNAL_NOTE', 'Only for us', [id]);
    expect(result.errors).toEqual([]);
    const note = lastMessage(result.data!.addTicketMessage.timeline);
    expect(note).toMatchObject({ internal: true, attachments: [{ id }] });
    expect(await emailsTo(app.dataSource, requester.email)).toEqual([]);

    expect((await downloadAs(app, wile, id)).status).toBe(404);
    expect((await downloadAs(app, agent, id)).status).toBe(200);
    const seen = await wile.gql<{ ticket: { timeline: Messages } }>(PORTAL_TIMELINE, { number: ticket.number });
    expect(JSON.stringify(seen.data)).not.toContain(id);
  });

  it("the attachments a contact's request reads are only those of messages they can see", async () => {
    const { organization, ticket, requester, agent } = await setting();
    const noteFile = await uploadAs(app, agent, 'note.png', PNG_BYTES);
    const note = lastMessage(ok(await add(agent, ticket.number, 'INTERNAL_NOTE', 'note', [noteFile])).addTicketMessage.timeline);
    // A public reply on someone else's ticket, with a file.
    const stranger = await buildTicket(app.dataSource, { organizationId: organization.id });
    const theirs = await buildTicketMessage(app.dataSource, { ticketId: stranger.id, authorContactId: stranger.requesterId });
    const theirFile = await buildAttachment(app.dataSource, {
      organizationId: organization.id,
      uploadedByContactId: stranger.requesterId,
      messageId: theirs.id,
      attachedAt: new Date(),
    });
    const files = app.services.attachments.files;
    const asRequester = { kind: 'contact' as const, organizationId: organization.id, contactId: requester.id };
    expect(await files.forMessages(asRequester, [note.id, theirs.id])).toEqual(new Map());
    expect(await files.attachedById(asRequester, [noteFile, theirFile.id])).toEqual(new Map());
    const asAgent = { kind: 'agent' as const, organizationId: organization.id, agentId: agent.agent.id };
    expect([...(await files.forMessages(asAgent, [note.id, theirs.id])).keys()].sort()).toEqual([note.id, theirs.id].sort());
  });
});

function ok<T>(result: GqlResult<T>): T {
  expect(result.errors).toEqual([]);
  return result.data!;
}

describe('refused attachments change nothing', () => {
  it.each([
    ['another organization', 'foreign'],
    ["another contact's upload", 'other'],
    ["an agent's upload", 'agent'],
    ['a file already attached', 'attached'],
    ['an id that was never uploaded', 'missing'],
  ])('refuses %s', async (_what, kind) => {
    const { ticket, wile, other, agent } = await setting();
    const mine = await uploadAs(app, wile, 'mine.png', PNG_BYTES);
    let id: string;
    if (kind === 'foreign') {
      const elsewhere = await buildOrganization(app.dataSource);
      id = (await buildAttachment(app.dataSource, { organizationId: elsewhere.id })).id;
    } else if (kind === 'other') id = await uploadAs(app, other, 'theirs.png', PNG_BYTES);
    else if (kind === 'agent') id = await uploadAs(app, agent, 'agents.png', PNG_BYTES);
    else if (kind === 'attached') {
      id = await uploadAs(app, wile, 'first.png', PNG_BYTES);
      ok(await reply(wile, ticket.number, 'first', [id]));
    } else id = randomUUID();
    const before = await messageCount(ticket.id);

    refused(await reply(wile, ticket.number, 'with files', [mine, id]), /no longer available/);
    expect(await messageCount(ticket.id)).toBe(before);
    expect((await rowOf(mine)).messageId).toBeNull();
  });

  it('refuses 11 files, the same file twice and ids that are not UUIDs, before any message is written', async () => {
    const { ticket, wile, agent } = await setting();
    const ids = await Promise.all(Array.from({ length: 11 }, (_, i) => uploadAs(app, wile, `f${i}.txt`, `file ${i}`)));
    const before = await messageCount(ticket.id);
    refused(await reply(wile, ticket.number, 'many', ids), /at most 10 files/);
    refused(await reply(wile, ticket.number, 'twice', [ids[0], ids[0].toUpperCase()]), /same file is attached twice/);
    refused(await reply(wile, ticket.number, 'junk', ['not-a-uuid']), /no longer available/);
    refused(await add(agent, ticket.number, 'INTERNAL_NOTE', 'theirs', [ids[0]]), /no longer available/);
    expect(await messageCount(ticket.id)).toBe(before);
    expect(await app.dataSource.getRepository(Attachment).countBy({ uploadedByContactId: wile.contact.id, messageId: IsNull() })).toBe(11);
    // Ten is fine.
    ok(await reply(wile, ticket.number, 'ten', ids.slice(0, 10)));
  });

  it('two concurrent messages with the same file: exactly one gets it, the other is refused and not written', async () => {
    const { organization, ticket, wile, requester } = await setting();
    const second = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: requester.id, status: 'open' });
    const id = await uploadAs(app, wile, 'race.png', PNG_BYTES);
    // Different tickets, so the ticket locks do not queue them: only the file's row lock decides.
    const results = await Promise.all([reply(wile, ticket.number, 'one', [id]), reply(wile, second.number, 'two', [id])]);
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    refused(
      results.find((r) => r.errors.length)!,
      /no longer available/,
    );
    const messages = await app.dataSource.getRepository(TicketMessage).findBy({ ticketId: In([ticket.id, second.id]) });
    expect(messages).toHaveLength(1);
    expect((await rowOf(id)).messageId).toBe(messages[0].id);
  });
});

describe('loading files with the timeline', () => {
  it('reads the files of every message of a timeline in one statement, whatever their number', async () => {
    const { ticket, agent } = await setting();
    const statementsFor = async () => {
      const counter = statementCounter(app.dataSource);
      const result = await agent.gql<{ agentTicket: { timeline: Messages } }>(AGENT_TIMELINE, { number: ticket.number });
      counter.stop();
      expect(result.errors).toEqual([]);
      // The request's own reads of ticket data; the mail worker and session bookkeeping run beside it on their own clock.
      const ticketReads = counter.statements.filter((s) => /^SELECT/.test(s) && !/outgoing_emails|sessions|rate_limit/.test(s));
      return {
        total: ticketReads.length,
        attachmentReads: counter.statements.filter((s) => /FROM "attachments"/.test(s)).length,
        files: result.data!.agentTicket.timeline.flatMap((m) => m.attachments ?? []).length,
      };
    };
    ok(await add(agent, ticket.number, 'INTERNAL_NOTE', 'one', [await uploadAs(app, agent, 'a.png', PNG_BYTES)]));
    const one = await statementsFor();
    for (let i = 0; i < 4; i++) {
      const ids = [await uploadAs(app, agent, `b${i}.png`, PNG_BYTES), await uploadAs(app, agent, `c${i}.txt`, 'text')];
      // Notes: a public reply would queue mail, and the mail worker's statements would be counted too.
      ok(await add(agent, ticket.number, 'INTERNAL_NOTE', `more ${i}`, ids));
    }
    const five = await statementsFor();
    expect(one).toMatchObject({ attachmentReads: 1, files: 1 });
    expect(five).toMatchObject({ attachmentReads: 1, files: 9, total: one.total });
  });
});
