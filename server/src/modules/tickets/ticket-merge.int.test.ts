import { Attachment } from '../attachments/attachment.entity';
import { TicketCc } from '../companies/ticket-cc.entity';
import type { Organization } from '../organizations/organization.entity';
import {
  buildAgent,
  buildAttachment,
  buildContact,
  buildOrganization,
  buildTicket,
  buildTicketCc,
  buildTicketMessage,
} from '../../../test/factories';
import { emailsTo } from '../../../test/emails';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { liveClient } from '../../../test/live';
import { signInAs } from '../../../test/sign-in';
import { TicketEvent } from './ticket-event.entity';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';

// Merging a duplicate into another ticket (issue 17.4): what moves, who is told, where the old request leads.
const MERGE = `mutation ($s: Int!, $t: Int!) { mergeTicket(sourceNumber: $s, targetNumber: $t) { number status } }`;
const AGENT_VIEW = `query ($n: Int!) { agentTicket(number: $n) { status mergedInto { number } events { type details } } }`;
const PORTAL_VIEW = `query ($n: Int!) { ticket(number: $n) { number status mergedInto { number } } }`;

let app: TestApp;
let organization: Organization;
let agent: Caller;

beforeAll(async () => {
  app = await startTestApp({ seed: false, env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
  organization = await buildOrganization(app.dataSource);
  agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
});
afterAll(() => app?.close());

const ticketRow = (id: string) => app.dataSource.getRepository(Ticket).findOneByOrFail({ id });

async function pair() {
  const organizationId = organization.id;
  const sourceRequester = await buildContact(app.dataSource, { organizationId });
  const targetRequester = await buildContact(app.dataSource, { organizationId });
  const source = await buildTicket(app.dataSource, { organizationId, requesterId: sourceRequester.id, status: 'open' });
  const target = await buildTicket(app.dataSource, { organizationId, requesterId: targetRequester.id, status: 'open' });
  return { source, target, sourceRequester, targetRequester };
}

describe('merging a ticket into another', () => {
  it('moves messages with their files, times and authors, copies people, closes the source and records both histories', async () => {
    const { source, target, sourceRequester, targetRequester } = await pair();
    const organizationId = organization.id;
    const old = new Date('2026-01-02T03:04:05Z');
    const reply = await buildTicketMessage(app.dataSource, { ticketId: source.id, createdAt: old });
    const note = await buildTicketMessage(app.dataSource, { ticketId: source.id, kind: 'internal_note' });
    const file = await buildAttachment(app.dataSource, { organizationId, uploadedByContactId: sourceRequester.id });
    await app.dataSource.getRepository(Attachment).update(file.id, { messageId: reply.id, attachedAt: new Date() });
    const cc = await buildContact(app.dataSource, { organizationId });
    const both = await buildContact(app.dataSource, { organizationId });
    await buildTicketCc(app.dataSource, { organizationId, ticketId: source.id, contactId: cc.id });
    await buildTicketCc(app.dataSource, { organizationId, ticketId: source.id, contactId: both.id });
    await buildTicketCc(app.dataSource, { organizationId, ticketId: source.id, contactId: targetRequester.id });
    await buildTicketCc(app.dataSource, { organizationId, ticketId: target.id, contactId: both.id });

    const merged = ok(await agent.gql<{ mergeTicket: { number: number } }>(MERGE, { s: source.number, t: target.number }));
    expect(merged.mergeTicket.number).toBe(target.number);

    const messages = await app.dataSource.getRepository(TicketMessage).findBy({ id: reply.id });
    expect(messages[0].ticketId).toBe(target.id);
    expect(messages[0].createdAt.toISOString()).toBe(old.toISOString());
    expect(messages[0].authorContactId).toBe(sourceRequester.id);
    expect((await app.dataSource.getRepository(TicketMessage).findOneByOrFail({ id: note.id })).ticketId).toBe(target.id);
    expect(await app.dataSource.getRepository(TicketMessage).countBy({ ticketId: source.id })).toBe(0);
    expect((await app.dataSource.getRepository(Attachment).findOneByOrFail({ id: file.id })).messageId).toBe(reply.id);

    // The source's requester and CCs, once each; never the target's own requester.
    const ccs = await app.dataSource.getRepository(TicketCc).findBy({ ticketId: target.id });
    expect(ccs.map((c) => c.contactId).sort()).toEqual([sourceRequester.id, cc.id, both.id].sort());

    const closed = await ticketRow(source.id);
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.mergedIntoTicketId).toBe(target.id);

    const targetView = ok(
      await agent.gql<{ agentTicket: { events: { type: string; details: Record<string, unknown> }[] } }>(AGENT_VIEW, { n: target.number }),
    );
    expect(
      targetView.agentTicket.events
        .filter((e) => e.type === 'MERGED_FROM')
        .map((e) => [e.details.number, e.details.messages, e.details.ccsAdded]),
    ).toEqual([[source.number, 2, 2]]);
    const sourceView = ok(
      await agent.gql<{ agentTicket: { mergedInto: { number: number }; events: { type: string; details: Record<string, unknown> }[] } }>(
        AGENT_VIEW,
        {
          n: source.number,
        },
      ),
    );
    expect(sourceView.agentTicket.mergedInto).toEqual({ number: target.number });
    expect(sourceView.agentTicket.events.filter((e) => e.type === 'MERGED_INTO').map((e) => e.details.number)).toEqual([target.number]);

    // The source's requester is told where the conversation goes on; the target's is not.
    const mail = await emailsTo(app.dataSource, sourceRequester.email);
    const mergedMail = mail.filter((m) => m.tag === 'ticket-merged');
    expect(mergedMail).toHaveLength(1);
    expect(mergedMail[0].subject).toContain(`Your request #${source.number} was merged into #${target.number}`);
    expect(mergedMail[0].textBody).toContain(`/requests/${target.number}`);
    expect((await emailsTo(app.dataSource, targetRequester.email)).filter((m) => m.tag === 'ticket-merged')).toHaveLength(0);
  });

  it("sends the source's requester on to the target, and tells a reader of the source who may not read the target only that it was merged", async () => {
    const { source, target, sourceRequester } = await pair();
    // Copied on the source only after the merge: may read the old request, not the new one.
    const late = await buildContact(app.dataSource, { organizationId: organization.id });
    ok(await agent.gql(MERGE, { s: source.number, t: target.number }));
    await buildTicketCc(app.dataSource, { organizationId: organization.id, ticketId: source.id, contactId: late.id });

    const requester = await signInAs(app, sourceRequester);
    const seen = ok(await requester.gql<{ ticket: { status: string; mergedInto: { number: number } } }>(PORTAL_VIEW, { n: source.number }));
    expect(seen.ticket).toMatchObject({ status: 'CLOSED', mergedInto: { number: target.number } });
    // And they read the target (as a CC now).
    expect(ok(await requester.gql<{ ticket: { number: number } }>(PORTAL_VIEW, { n: target.number })).ticket.number).toBe(target.number);

    const other = await signInAs(app, late);
    const notice = ok(await other.gql<{ ticket: { mergedInto: { number: number | null } } }>(PORTAL_VIEW, { n: source.number }));
    expect(notice.ticket.mergedInto).toEqual({ number: null });
    expect(codes(await other.gql(PORTAL_VIEW, { n: target.number }))).toEqual(['NOT_FOUND']);
  });

  it("fires live updates for both tickets: the source's watchers see it close, the target's requester sees it change", async () => {
    const { source, target, targetRequester } = await pair();
    const watcher = liveClient(app, { host: agent.host, cookies: agent.cookies });
    const requester = await signInAs(app, targetRequester);
    const reader = liveClient(app, { host: requester.host, cookies: requester.cookies });
    try {
      const onSource = watcher.subscribe<{ ticketChanged: { number: number; status: string } }>(
        `subscription ($n: Int!) { ticketChanged(number: $n) { number status } }`,
        { n: source.number },
      );
      const onTarget = reader.subscribe<{ ticketChanged: { number: number; updatedAt: string } }>(
        `subscription ($n: Int!) { ticketChanged(number: $n) { number updatedAt } }`,
        { n: target.number },
      );
      const before = await onTarget.next();
      await onSource.next();
      ok(await agent.gql(MERGE, { s: source.number, t: target.number }));
      await onSource.waitFor((r) => r.data?.ticketChanged.status === 'CLOSED');
      const changed = await onTarget.waitFor((r) => r.data?.ticketChanged.updatedAt !== before.data?.ticketChanged.updatedAt);
      expect(changed.data?.ticketChanged.number).toBe(target.number);
    } finally {
      await watcher.dispose();
      await reader.dispose();
    }
  });

  it('leaves unmerged tickets without a pointer', async () => {
    const { source } = await pair();
    expect(
      ok(await agent.gql<{ agentTicket: { mergedInto: unknown } }>(AGENT_VIEW, { n: source.number })).agentTicket.mergedInto,
    ).toBeNull();
  });
});

describe('refused merges', () => {
  it('refuses merging a ticket into itself', async () => {
    const { source } = await pair();
    const result = await agent.gql(MERGE, { s: source.number, t: source.number });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe('targetNumber');
  });

  it('refuses a closed target and an already merged source, changing nothing', async () => {
    const { source, target } = await pair();
    const closedTarget = await buildTicket(app.dataSource, { organizationId: organization.id, status: 'closed' });
    await buildTicketMessage(app.dataSource, { ticketId: source.id });
    const intoClosed = await agent.gql(MERGE, { s: source.number, t: closedTarget.number });
    expect(codes(intoClosed)).toEqual(['BAD_USER_INPUT']);
    expect(intoClosed.errors[0].extensions?.field).toBe('targetNumber');
    expect(await app.dataSource.getRepository(TicketMessage).countBy({ ticketId: source.id })).toBe(1);
    expect((await ticketRow(source.id)).status).toBe('open');

    ok(await agent.gql(MERGE, { s: source.number, t: target.number }));
    const other = await buildTicket(app.dataSource, { organizationId: organization.id, status: 'open' });
    const again = await agent.gql(MERGE, { s: source.number, t: other.number });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors[0].extensions?.field).toBe('sourceNumber');
    expect((await ticketRow(source.id)).mergedIntoTicketId).toBe(target.id);
    // Nor may anything be merged into the merged (closed) ticket.
    expect(codes(await agent.gql(MERGE, { s: other.number, t: source.number }))).toEqual(['BAD_USER_INPUT']);
  });

  it("answers NOT_FOUND for another organization's ticket, on either side, and moves nothing", async () => {
    const { source } = await pair();
    const elsewhere = await buildOrganization(app.dataSource);
    const foreign = await buildTicket(app.dataSource, { organizationId: elsewhere.id, status: 'open' });
    const foreignMessage = await buildTicketMessage(app.dataSource, { ticketId: foreign.id });
    // Ticket numbers are per organization: the foreign number may exist here too, so use one that cannot.
    const missing = 999_999;
    expect(codes(await agent.gql(MERGE, { s: source.number, t: missing }))).toEqual(['NOT_FOUND']);
    expect(codes(await agent.gql(MERGE, { s: missing, t: source.number }))).toEqual(['NOT_FOUND']);
    const foreignAgent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: elsewhere.id }));
    expect(codes(await foreignAgent.gql(MERGE, { s: foreign.number, t: source.number + 1000 }))).toEqual(['NOT_FOUND']);
    expect((await app.dataSource.getRepository(TicketMessage).findOneByOrFail({ id: foreignMessage.id })).ticketId).toBe(foreign.id);
    expect((await ticketRow(source.id)).status).toBe('open');
  });

  it('is for agents only', async () => {
    const { source, target, sourceRequester } = await pair();
    const contact = await signInAs(app, sourceRequester);
    expect(codes(await contact.gql(MERGE, { s: source.number, t: target.number }))).toEqual(['FORBIDDEN']);
    expect((await ticketRow(source.id)).mergedIntoTicketId).toBeNull();
  });
});

it('keeps history in the right tickets only', async () => {
  const { source, target } = await pair();
  ok(await agent.gql(MERGE, { s: source.number, t: target.number }));
  const events = await app.dataSource.getRepository(TicketEvent).findBy({ ticketId: target.id });
  expect(events.map((e) => e.type)).toEqual(['merged_from']);
});
