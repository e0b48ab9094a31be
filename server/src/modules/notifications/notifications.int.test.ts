import type { Agent } from '../agents/agent.entity';
import type { Organization } from '../organizations/organization.entity';
import { buildAgent, buildContact, buildOrganization, buildTicket, buildTicketCc } from '../../../test/factories';
import { emailsTo } from '../../../test/emails';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { Notification } from './notification.entity';

// In-app notifications (issue 17.8): each kind once, for the right agent, never for the actor;
// the bell's list, count and marks; mention emails only for those who asked.
const ASSIGN = `mutation ($n: Int!, $id: ID) { updateTicket(number: $n, input: { assigneeId: $id }) { number } }`;
const NOTE = `mutation ($n: Int!, $body: String!) { addTicketMessage(number: $n, kind: INTERNAL_NOTE, body: $body) { number } }`;
const REPLY = `mutation ($n: Int!, $body: String!) { replyToTicket(number: $n, body: $body) { number } }`;
const BELL = `{ unreadNotificationCount notifications(first: 20) { id kind readAt ticketNumber ticketSubject actorName } }`;
const READ = `mutation ($id: ID!) { markNotificationRead(id: $id) }`;
const READ_ALL = `mutation { markAllNotificationsRead }`;
const OPT_IN = `mutation ($on: Boolean!) { setMentionEmails(enabled: $on) { mentionEmails } }`;

interface Bell {
  unreadNotificationCount: number;
  notifications: {
    id: string;
    kind: string;
    readAt: string | null;
    ticketNumber: number;
    ticketSubject: string;
    actorName: string | null;
  }[];
}

let app: TestApp;
let organization: Organization;
let alexRow: Agent;
let blairRow: Agent;
let alex: Caller;
let blair: Caller;

beforeAll(async () => {
  app = await startTestApp({ seed: false, env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
  organization = await buildOrganization(app.dataSource);
  alexRow = await buildAgent(app.dataSource, {
    organizationId: organization.id,
    name: 'Alex Rivera',
    email: `alex-${Date.now()}@acme.test`,
  });
  blairRow = await buildAgent(app.dataSource, {
    organizationId: organization.id,
    name: 'Blair Stone',
    email: `blair-${Date.now()}@acme.test`,
  });
  alex = await signInAs(app, alexRow);
  blair = await signInAs(app, blairRow);
});
afterAll(() => app?.close());

const rows = (agentId: string, ticketId: string) => app.dataSource.getRepository(Notification).findBy({ agentId, ticketId });
const ticket = (overrides: Parameters<typeof buildTicket>[1] = {}) =>
  buildTicket(app.dataSource, { organizationId: organization.id, status: 'open', ...overrides });

describe('assigned to you', () => {
  it('notifies the assignee once when someone else assigns them, and not when they take it themselves', async () => {
    const t = await ticket();
    ok(await alex.gql(ASSIGN, { n: t.number, id: blairRow.id }));
    ok(await alex.gql(ASSIGN, { n: t.number, id: blairRow.id })); // no change, no second notification
    expect((await rows(blairRow.id, t.id)).map((r) => [r.kind, r.actorAgentId])).toEqual([['assigned', alexRow.id]]);
    expect(await rows(alexRow.id, t.id)).toHaveLength(0);

    const own = await ticket();
    ok(await alex.gql(ASSIGN, { n: own.number, id: alexRow.id }));
    expect(await rows(alexRow.id, own.id)).toHaveLength(0);
  });
});

describe('new reply on your ticket', () => {
  it('notifies the assignee of a reply by the requester or a CC, once per reply, and nobody on an unassigned ticket', async () => {
    const requester = await buildContact(app.dataSource, { organizationId: organization.id });
    const cc = await buildContact(app.dataSource, { organizationId: organization.id });
    const t = await ticket({ requesterId: requester.id, assigneeId: blairRow.id });
    await buildTicketCc(app.dataSource, { organizationId: organization.id, ticketId: t.id, contactId: cc.id });
    ok(await (await signInAs(app, requester)).gql(REPLY, { n: t.number, body: 'Any news?' }));
    ok(await (await signInAs(app, cc)).gql(REPLY, { n: t.number, body: 'Same here.' }));
    expect((await rows(blairRow.id, t.id)).map((r) => [r.kind, r.actorContactId]).sort()).toEqual(
      [
        ['reply', requester.id],
        ['reply', cc.id],
      ].sort(),
    );
    expect(await rows(alexRow.id, t.id)).toHaveLength(0);

    const unassigned = await ticket({ requesterId: requester.id });
    ok(await (await signInAs(app, requester)).gql(REPLY, { n: unassigned.number, body: 'Hello?' }));
    expect(await app.dataSource.getRepository(Notification).countBy({ ticketId: unassigned.id })).toBe(0);
  });
});

describe('mentioned you', () => {
  it('notifies each agent a note names, by name or email, once, and never its author', async () => {
    const t = await ticket();
    ok(await alex.gql(NOTE, { n: t.number, body: `@Blair please look, and @blair.stone again; also @${alexRow.email}` }));
    expect((await rows(blairRow.id, t.id)).map((r) => [r.kind, r.actorAgentId])).toEqual([['mention', alexRow.id]]);
    expect(await rows(alexRow.id, t.id)).toHaveLength(0);
    // A public reply is not a note: no mention notification.
    ok(
      await alex.gql(`mutation ($n: Int!) { addTicketMessage(number: $n, kind: PUBLIC_REPLY, body: "Thanks @Blair") { number } }`, {
        n: t.number,
      }),
    );
    expect(await rows(blairRow.id, t.id)).toHaveLength(1);
  });

  it('emails the mention only to an agent who opted in', async () => {
    const t = await ticket();
    ok(await alex.gql(NOTE, { n: t.number, body: '@Blair before opting in' }));
    expect((await emailsTo(app.dataSource, blairRow.email)).filter((m) => m.tag === 'agent-mention')).toHaveLength(0);
    expect(
      ok(await blair.gql<{ notificationSettings: { mentionEmails: boolean } }>(`{ notificationSettings { mentionEmails } }`))
        .notificationSettings.mentionEmails,
    ).toBe(false);

    ok(await blair.gql(OPT_IN, { on: true }));
    ok(await alex.gql(NOTE, { n: t.number, body: '@Blair after opting in' }));
    const mails = (await emailsTo(app.dataSource, blairRow.email)).filter((m) => m.tag === 'agent-mention');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain(`[#${t.number}] Alex Rivera mentioned you`);
    expect(mails[0].textBody).toContain(`/agent/tickets/t/${t.number}`);
    expect(mails[0].textBody).toContain('after opting in');
    ok(await blair.gql(OPT_IN, { on: false }));
  });

  it('never names an agent of another organization, even by their email', async () => {
    const elsewhere = await buildOrganization(app.dataSource);
    const stranger = await buildAgent(app.dataSource, {
      organizationId: elsewhere.id,
      name: 'Casey Other',
      email: `casey-${Date.now()}@other.test`,
    });
    const t = await ticket();
    ok(await alex.gql(NOTE, { n: t.number, body: `@Casey and @${stranger.email}` }));
    expect(await app.dataSource.getRepository(Notification).countBy({ agentId: stranger.id })).toBe(0);
  });
});

describe('the bell', () => {
  it("lists the agent's own notifications newest first, counts the unread, marks one or all read", async () => {
    const reader = await buildAgent(app.dataSource, { organizationId: organization.id, name: 'Dana Reed' });
    const dana = await signInAs(app, reader);
    const first = await ticket({ subject: 'First for Dana' });
    const second = await ticket({ subject: 'Second for Dana' });
    ok(await alex.gql(ASSIGN, { n: first.number, id: reader.id }));
    ok(await alex.gql(NOTE, { n: second.number, body: 'cc @Dana' }));

    const bell = ok(await dana.gql<Bell>(BELL));
    expect(bell.unreadNotificationCount).toBe(2);
    expect(bell.notifications.map((n) => [n.kind, n.ticketNumber, n.ticketSubject, n.actorName])).toEqual([
      ['MENTION', second.number, 'Second for Dana', 'Alex Rivera'],
      ['ASSIGNED', first.number, 'First for Dana', 'Alex Rivera'],
    ]);
    // Another agent's bell holds none of them, and cannot mark them.
    const blairBell = ok(await blair.gql<Bell>(BELL));
    expect(blairBell.notifications.map((n) => n.id)).not.toContain(bell.notifications[0].id);
    expect(codes(await blair.gql(READ, { id: bell.notifications[0].id }))).toEqual(['NOT_FOUND']);

    expect(ok(await dana.gql<{ markNotificationRead: number }>(READ, { id: bell.notifications[0].id })).markNotificationRead).toBe(1);
    const after = ok(await dana.gql<Bell>(BELL));
    expect(after.notifications.map((n) => n.readAt !== null)).toEqual([true, false]);
    expect(ok(await dana.gql<{ markAllNotificationsRead: number }>(READ_ALL)).markAllNotificationsRead).toBe(0);
    expect(ok(await dana.gql<Bell>(BELL)).unreadNotificationCount).toBe(0);
  });

  it("keeps organizations apart: another organization's agent sees none of them", async () => {
    const elsewhere = await buildOrganization(app.dataSource);
    const outsider = await signInAs(app, await buildAgent(app.dataSource, { organizationId: elsewhere.id }));
    const bell = ok(await outsider.gql<Bell>(BELL));
    expect(bell).toEqual({ unreadNotificationCount: 0, notifications: [] });
    const any = await app.dataSource.getRepository(Notification).findOneByOrFail({ organizationId: organization.id });
    expect(codes(await outsider.gql(READ, { id: any.id }))).toEqual(['NOT_FOUND']);
  });

  it('is for agents only, and refuses a silly page size', async () => {
    const contact = await signInAs(app, await buildContact(app.dataSource, { organizationId: organization.id }));
    expect(codes(await contact.gql(BELL))).toEqual(['FORBIDDEN']);
    const result = await alex.gql(`{ notifications(first: 500) { id } }`);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe('first');
  });
});
