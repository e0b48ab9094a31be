import { addClockMinutes, type BusinessSchedule } from '@actionconnect/shared';
import type { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { Ticket } from '../tickets/ticket.entity';
import { buildAdmin, buildAgent, buildContact, buildIntakeFormVersion, buildOrganization, buildTicket } from '../../../test/factories';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';

// Service levels end to end (issue 15.1–3): an admin saves hours and policies, and every change to a
// ticket stores its due times in the same transaction; breaches are recorded once.
const POLICIES = `mutation ($p: [ServiceLevelPolicyInput!]!) { updateServiceLevelPolicies(policies: $p) { policies { priority firstResponseMinutes } } }`;
const HOURS = `mutation ($i: BusinessHoursInput!) { updateBusinessHours(input: $i) { businessHours { timeZone configured hours { weekday opens closes } } } }`;
const SUBMIT = `mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { number expectedReplyBy } }`;
const AGENT_VIEW = `query ($n: Int!) { agentTicket(number: $n) { status dueAt firstResponseDueAt nextResponseDueAt resolutionDueAt expectedReplyBy } }`;

type Due = {
  status: string;
  dueAt: string | null;
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  resolutionDueAt: string | null;
};

const MINUTE = 60_000;
const calendarPolicies = [
  { priority: 'NORMAL', firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 600, businessHours: false },
  { priority: 'HIGH', firstResponseMinutes: 15, nextResponseMinutes: 10, resolutionMinutes: 240, businessHours: false },
];

let app: TestApp;
let organization: Organization;
let admin: Caller;
let agent: Caller;
let contact: Caller;
let versionId: string;

const row = (number: number, organizationId = organization.id) =>
  app.dataSource.getRepository(Ticket).findOneByOrFail({ organizationId, number });
const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE).toISOString();
const due = async (number: number) => ok(await agent.gql<{ agentTicket: Due }>(AGENT_VIEW, { n: number })).agentTicket;
const submit = async (subject: string) =>
  ok(
    await contact.gql<{ submitRequest: { number: number; expectedReplyBy: string | null } }>(SUBMIT, {
      input: { formVersionId: versionId, answers: { subject, description: 'It broke.' } },
    }),
  ).submitRequest;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  organization = await buildOrganization(app.dataSource, { name: 'Acme' });
  admin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: organization.id }));
  agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
  contact = await signInAs(app, await buildContact(app.dataSource, { organizationId: organization.id }));
  versionId = (await buildIntakeFormVersion(app.dataSource, { organizationId: organization.id })).id;
  ok(await admin.gql(POLICIES, { p: calendarPolicies }));
  await app.services.serviceLevels.recompute.idle();
});
afterAll(() => app?.close());

describe('due times, stored with every change', () => {
  it('a new request is due by its first-response target, and its requester sees when', async () => {
    const { number, expectedReplyBy } = await submit('Printer on fire');
    const ticket = await row(number);
    const view = await due(number);
    expect(view.firstResponseDueAt).toBe(plus(ticket.createdAt, 60));
    expect(view.resolutionDueAt).toBe(plus(ticket.createdAt, 600));
    expect(view.nextResponseDueAt).toBeNull();
    expect(view.dueAt).toBe(view.firstResponseDueAt);
    expect(expectedReplyBy).toBe(view.firstResponseDueAt);
  });

  it('a priority change moves the due times to the new priority’s targets', async () => {
    const { number } = await submit('Site down');
    ok(await agent.gql(`mutation ($n: Int!) { updateTicket(number: $n, input: { priority: HIGH }) { status } }`, { n: number }));
    const ticket = await row(number);
    expect((await due(number)).firstResponseDueAt).toBe(plus(ticket.createdAt, 15));
    expect(ticket.resolutionDueAt?.toISOString()).toBe(plus(ticket.createdAt, 240));
  });

  it('an agent reply meets the first response; a requester reply starts the next-response clock', async () => {
    const { number } = await submit('Login loop');
    ok(
      await agent.gql(`mutation ($n: Int!) { addTicketMessage(number: $n, kind: PUBLIC_REPLY, body: "Looking") { status } }`, {
        n: number,
      }),
    );
    const answered = await due(number);
    expect(answered).toMatchObject({ firstResponseDueAt: null, nextResponseDueAt: null });
    expect(answered.dueAt).toBe(answered.resolutionDueAt);
    ok(await contact.gql(`mutation ($n: Int!) { replyToTicket(number: $n, body: "Still broken") { status } }`, { n: number }));
    const waiting = await row(number);
    expect(waiting.awaitingReplySince).not.toBeNull();
    expect((await due(number)).nextResponseDueAt).toBe(plus(waiting.awaitingReplySince!, 30));
    // A note answers nobody: the requester still waits.
    ok(await agent.gql(`mutation ($n: Int!) { addTicketMessage(number: $n, kind: INTERNAL_NOTE, body: "hm") { status } }`, { n: number }));
    expect((await due(number)).nextResponseDueAt).toBe(plus(waiting.awaitingReplySince!, 30));
  });

  it('pending pauses the clock, and reopening moves resolution by the time paused', async () => {
    const { number } = await submit('Need invoice');
    ok(await agent.gql(`mutation ($n: Int!) { updateTicket(number: $n, input: { status: PENDING }) { status } }`, { n: number }));
    expect(await due(number)).toMatchObject({ status: 'PENDING', dueAt: null, firstResponseDueAt: null, resolutionDueAt: null });
    const paused = await row(number);
    expect(paused.clockPauses).toEqual([{ from: paused.updatedAt.toISOString(), to: null }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    ok(await agent.gql(`mutation ($n: Int!) { updateTicket(number: $n, input: { status: OPEN }) { status } }`, { n: number }));
    const reopened = await row(number);
    const [pause] = reopened.clockPauses;
    const pausedMs = new Date(pause.to!).getTime() - new Date(pause.from).getTime();
    expect(pausedMs).toBeGreaterThan(0);
    expect(reopened.resolutionDueAt?.getTime()).toBe(reopened.createdAt.getTime() + 600 * MINUTE + pausedMs);
  });

  it('a solved ticket owes nothing; a requester reopening it is due again', async () => {
    const { number } = await submit('Done soon');
    ok(await agent.gql(`mutation ($n: Int!) { updateTicket(number: $n, input: { status: SOLVED }) { status } }`, { n: number }));
    expect((await due(number)).dueAt).toBeNull();
    ok(await contact.gql(`mutation ($n: Int!) { replyToTicket(number: $n, body: "Not done") { status } }`, { n: number }));
    const reopened = await due(number);
    expect(reopened.status).toBe('OPEN');
    expect(reopened.dueAt).not.toBeNull();
  });

  it('business-hour targets count the organization’s hours in its time zone', async () => {
    const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }));
    ok(await admin.gql(HOURS, { i: { timeZone: 'America/New_York', hours, holidays: [{ date: '2026-12-25', yearly: true }] } }));
    ok(await admin.gql(POLICIES, { p: [{ ...calendarPolicies[0], businessHours: true }, calendarPolicies[1]] }));
    await app.services.serviceLevels.recompute.idle();
    const { number } = await submit('After hours?');
    const ticket = await row(number);
    const schedule: BusinessSchedule = { timeZone: 'America/New_York', hours, holidays: [{ date: '2026-12-25', yearly: true }] };
    expect((await due(number)).firstResponseDueAt).toBe(addClockMinutes(ticket.createdAt, 60, { schedule })?.toISOString());
    ok(await admin.gql(POLICIES, { p: calendarPolicies }));
    await app.services.serviceLevels.recompute.idle();
  });
});

describe('breaches', () => {
  it('are recorded in the history once per target and due time', async () => {
    const { number } = await submit('Breach me');
    const ticket = await row(number);
    const later = new Date(ticket.createdAt.getTime() + 2 * 24 * 60 * MINUTE);
    await app.services.serviceLevels.breaches.sweep(later);
    await app.services.serviceLevels.breaches.sweep(later);
    const events = await app.dataSource.getRepository(TicketEvent).findBy({ ticketId: ticket.id, type: 'sla_breached' });
    expect(events.map((e) => e.data.target).sort()).toEqual(['first_response', 'resolution']);
    expect(events.every((e) => !e.visibleToContact)).toBe(true);
    expect((await row(number)).breachCheckAt).toBeNull();
    const view = ok(
      await agent.gql<{ agentTicket: { events: { type: string }[] } }>(`query ($n: Int!) { agentTicket(number: $n) { events { type } } }`, {
        n: number,
      }),
    );
    expect(view.agentTicket.events.filter((e) => e.type === 'SLA_BREACHED')).toHaveLength(2);
  });
});

describe('saving policies and hours', () => {
  it('recomputes open tickets in the background, and only the organization’s own', async () => {
    const other = await buildOrganization(app.dataSource, { name: 'Other' });
    const foreign = await buildTicket(app.dataSource, { organizationId: other.id });
    const { number } = await submit('Recompute me');
    const ticket = await row(number);
    ok(await admin.gql(POLICIES, { p: [{ ...calendarPolicies[0], firstResponseMinutes: 120 }, calendarPolicies[1]] }));
    await app.services.serviceLevels.recompute.idle();
    expect((await row(number)).firstResponseDueAt?.toISOString()).toBe(plus(ticket.createdAt, 120));
    expect((await row(foreign.number, other.id)).dueAt).toBeNull();
    ok(await admin.gql(POLICIES, { p: calendarPolicies }));
    await app.services.serviceLevels.recompute.idle();
    expect((await row(number)).firstResponseDueAt?.toISOString()).toBe(plus(ticket.createdAt, 60));
  });

  it.each([
    ['a zero target', { p: [{ priority: 'LOW', firstResponseMinutes: 0 }] }, 'policies.0.firstResponseMinutes'],
    ['a target over a year', { p: [{ priority: 'LOW', resolutionMinutes: 367 * 24 * 60 }] }, 'policies.0.resolutionMinutes'],
    ['two policies for one priority', { p: [{ priority: 'LOW' }, { priority: 'LOW' }] }, 'policies.1.priority'],
    ['an unknown form', { p: [{ priority: 'LOW', formId: '00000000-0000-4000-8000-000000000000' }] }, 'policies.0.formId'],
  ])('refuses %s, naming the field', async (_what, variables, field) => {
    const result = await admin.gql(POLICIES, variables);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe(field);
  });

  const day = (opens: string, closes: string) => ({ weekday: 1, opens, closes });
  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus', hours: [] }, 'timeZone'],
    ['reversed hours', { timeZone: 'Europe/Berlin', hours: [day('17:00', '09:00')] }, 'hours.0'],
    ['overlapping hours', { timeZone: 'Europe/Berlin', hours: [day('09:00', '13:00'), day('12:00', '17:00')] }, 'hours.1'],
    [
      'thousands of holidays',
      { timeZone: 'Europe/Berlin', hours: [], holidays: Array.from({ length: 3000 }, () => ({ date: '2026-01-01' })) },
      'holidays',
    ],
  ])('refuses business hours with %s, naming the field', async (_what, input, field) => {
    const result = await admin.gql(HOURS, { i: input });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe(field);
  });

  it('is for admins: agents and contacts are refused, and another organization sees only its own', async () => {
    expect(codes(await agent.gql(POLICIES, { p: [] }))).toEqual(['FORBIDDEN']);
    expect(codes(await contact.gql(`{ serviceLevelSettings { policies { id } } }`))).toEqual(['FORBIDDEN']);
    const other = await buildOrganization(app.dataSource, { name: 'Elsewhere' });
    const otherAdmin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: other.id }));
    const theirs = ok(
      await otherAdmin.gql<{ serviceLevelSettings: { policies: unknown[]; businessHours: { configured: boolean } } }>(
        `{ serviceLevelSettings { policies { id } businessHours { configured } } }`,
      ),
    );
    expect(theirs.serviceLevelSettings).toEqual({ policies: [], businessHours: { configured: false } });
  });
});

describe('the portal reply promise', () => {
  const PROMISE = `{ replyPromise { replyWithinMinutes businessHours openNow opensAt } }`;
  type Promise_ = { replyPromise: { replyWithinMinutes: number | null; businessHours: boolean; openNow: boolean; opensAt: string | null } };

  it('is the target until there are enough recent first responses, then their median', async () => {
    const first = ok(await contact.gql<Promise_>(PROMISE)).replyPromise;
    expect(first).toMatchObject({ replyWithinMinutes: 60, businessHours: false });
    for (const minutes of [20, 25, 30, 90, 240]) {
      const createdAt = new Date(Date.now() - 3 * 24 * 60 * MINUTE);
      await buildTicket(app.dataSource, {
        organizationId: organization.id,
        status: 'solved',
        createdAt,
        firstRespondedAt: new Date(createdAt.getTime() + minutes * MINUTE),
      });
    }
    // Saving the policies drops the cached promise.
    ok(await admin.gql(POLICIES, { p: calendarPolicies }));
    expect(ok(await contact.gql<Promise_>(PROMISE)).replyPromise.replyWithinMinutes).toBe(30);
  });

  it('says when a team with business hours is back', async () => {
    const closedAllWeek = [{ weekday: 1, opens: '00:00', closes: '00:01' }];
    ok(await admin.gql(HOURS, { i: { timeZone: 'Pacific/Auckland', hours: closedAllWeek } }));
    const promise = ok(await contact.gql<Promise_>(PROMISE)).replyPromise;
    const opensAt = new Date(promise.opensAt!);
    expect(promise.openNow).toBe(false);
    expect(opensAt.getTime()).toBeGreaterThan(Date.now());
    expect(opensAt.toLocaleString('en-GB', { timeZone: 'Pacific/Auckland', weekday: 'long', hour: '2-digit', minute: '2-digit' })).toBe(
      'Monday 00:00',
    );
  });
});
