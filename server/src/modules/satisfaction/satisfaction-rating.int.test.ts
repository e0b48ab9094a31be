import type { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { Ticket } from '../tickets/ticket.entity';
import {
  buildAdmin,
  buildAgent,
  buildCompany,
  buildContact,
  buildIntakeForm,
  buildIntakeFormVersion,
  buildOrganization,
  buildTicket,
  buildTicketCc,
} from '../../../test/factories';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { ratingLinks, solveAsAgent, solvedDaysAgo, surveysOf } from '../../../test/satisfaction';
import { signInAs } from '../../../test/sign-in';

// Satisfaction after solve (issue 14.4) through the API: only the requester rates a solved request,
// within the window; a bad rating reopens when the organization chose so; admins read the report,
// which counts their own organization only.
const RATE = `mutation ($n: Int!, $rating: SatisfactionRating!, $comment: String) {
  rateRequest(number: $n, rating: $rating, comment: $comment) { status satisfaction { rating comment state changeableUntil } } }`;
const MINE = `query ($n: Int!) { ticket(number: $n) { satisfaction { rating comment state } } }`;
const REPORT = `query ($weeks: Int) { satisfactionReport(weeks: $weeks) {
  good bad byAgent { id name good bad } byForm { id name good bad } byWeek { weekStart good bad } } }`;

let app: TestApp;
let organization: Organization;
let agent: Caller & { agent: { id: string } };
let admin: Caller & { agent: { id: string } };

beforeAll(async () => {
  app = await startTestApp({ seed: false, env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
  organization = await buildOrganization(app.dataSource);
  agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id, name: 'Ada Agent' }));
  admin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: organization.id, name: 'Bea Admin' }));
});
afterAll(() => app?.close());

async function request(options: { status?: Ticket['status']; companyId?: string; formVersionId?: string; org?: Organization } = {}) {
  const org = options.org ?? organization;
  const contact = await buildContact(app.dataSource, { organizationId: org.id, companyId: options.companyId ?? null });
  const ticket = await buildTicket(app.dataSource, {
    organizationId: org.id,
    requesterId: contact.id,
    status: options.status ?? 'open',
    formVersionId: options.formVersionId ?? null,
  });
  return { contact, ticket, caller: await signInAs(app, contact) };
}

async function solvedRequest(options: Parameters<typeof request>[0] & { by?: Caller & { agent: { id: string } } } = {}) {
  const made = await request(options);
  const by = options.by ?? agent;
  await solveAsAgent(by, made.ticket.number, by.agent.id);
  return made;
}

type Rated = { rateRequest: { status: string; satisfaction: { rating: string; comment: string | null; state: string } } };

describe('rating from the portal', () => {
  it('lets the requester rate, see the answer, and change it within 7 days; then refuses by name', async () => {
    const { ticket, caller } = await solvedRequest();
    const first = ok(await caller.gql<Rated>(RATE, { n: ticket.number, rating: 'GOOD', comment: 'Thanks!' }));
    expect(first.rateRequest.satisfaction).toMatchObject({ rating: 'GOOD', comment: 'Thanks!', state: 'OPEN' });
    const changed = ok(await caller.gql<Rated>(RATE, { n: ticket.number, rating: 'BAD', comment: null }));
    expect(changed.rateRequest.satisfaction).toMatchObject({ rating: 'BAD', comment: null });
    expect(ok(await caller.gql<{ ticket: { satisfaction: unknown } }>(MINE, { n: ticket.number })).ticket.satisfaction).toEqual({
      rating: 'BAD',
      comment: null,
      state: 'OPEN',
    });
    await solvedDaysAgo(app.dataSource, ticket.id, 8);
    expect(
      ok(await caller.gql<{ ticket: { satisfaction: { state: string } } }>(MINE, { n: ticket.number })).ticket.satisfaction.state,
    ).toBe('EXPIRED');
    const late = await caller.gql(RATE, { n: ticket.number, rating: 'GOOD' });
    expect(codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors[0].extensions?.field).toBe('rating');
    expect(late.errors[0].message).toContain('7 days');
    expect((await surveysOf(app.dataSource, ticket.id))[0].rating).toBe('bad');
  });

  it('refuses a request that is not solved (never solved, or reopened) with BAD_USER_INPUT', async () => {
    const open = await request();
    const never = await open.caller.gql(RATE, { n: open.ticket.number, rating: 'GOOD' });
    expect(codes(never)).toEqual(['BAD_USER_INPUT']);
    expect(never.errors[0].extensions?.field).toBe('number');
    const solved = await solvedRequest();
    ok(await agent.gql(`mutation { updateTicket(number: ${solved.ticket.number}, input: { status: OPEN }) { status } }`));
    expect(codes(await solved.caller.gql(RATE, { n: solved.ticket.number, rating: 'BAD' }))).toEqual(['BAD_USER_INPUT']);
    expect((await surveysOf(app.dataSource, solved.ticket.id))[0].rating).toBeNull();
  });

  it('refuses a CC, a colleague who can read the request, another contact and an agent; none of them reads the answer', async () => {
    const company = await buildCompany(app.dataSource, { organizationId: organization.id, sharingMode: 'everyone_comment' });
    const { ticket, caller } = await solvedRequest({ companyId: company.id });
    ok(await caller.gql(RATE, { n: ticket.number, rating: 'BAD', comment: 'private words' }));
    const cc = await buildContact(app.dataSource, { organizationId: organization.id });
    await buildTicketCc(app.dataSource, { ticketId: ticket.id, contactId: cc.id });
    const colleague = await buildContact(app.dataSource, { organizationId: organization.id, companyId: company.id });
    const stranger = await buildContact(app.dataSource, { organizationId: organization.id });
    for (const [who, code] of [
      [cc, 'FORBIDDEN'],
      [colleague, 'FORBIDDEN'],
      [stranger, 'NOT_FOUND'],
    ] as const) {
      const them = await signInAs(app, who);
      expect(codes(await them.gql(RATE, { n: ticket.number, rating: 'GOOD' }))).toEqual([code]);
      if (code === 'FORBIDDEN') {
        const read = ok(await them.gql<{ ticket: { satisfaction: unknown } }>(MINE, { n: ticket.number }));
        expect(read.ticket.satisfaction).toBeNull();
      }
    }
    expect(codes(await agent.gql(RATE, { n: ticket.number, rating: 'GOOD' }))).toEqual(['FORBIDDEN']);
    const [survey] = await surveysOf(app.dataSource, ticket.id);
    expect(survey).toMatchObject({ rating: 'bad', comment: 'private words' });
  });

  it('refuses a comment over 2000 characters, naming the field', async () => {
    const { ticket, caller } = await solvedRequest();
    const long = await caller.gql(RATE, { n: ticket.number, rating: 'GOOD', comment: 'x'.repeat(2001) });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors[0].extensions?.field).toBe('comment');
  });

  it('asks the requester who marks their own request solved, by email too', async () => {
    const { contact, ticket, caller } = await request();
    ok(await caller.gql(`mutation ($n: Int!) { markTicketSolved(number: $n) { status } }`, { n: ticket.number }));
    expect(await surveysOf(app.dataSource, ticket.id)).toHaveLength(1);
    const links = await ratingLinks(app.dataSource, contact.email);
    expect(links.text).toContain('You marked');
    expect(ok(await caller.gql<Rated>(RATE, { n: ticket.number, rating: 'GOOD' })).rateRequest.satisfaction.rating).toBe('GOOD');
  });

  it('shows agents the answer in the ticket history', async () => {
    const { ticket, caller } = await solvedRequest();
    ok(await caller.gql(RATE, { n: ticket.number, rating: 'GOOD', comment: 'Lovely' }));
    const history = ok(
      await agent.gql<{ agentTicket: { events: { type: string; details: Record<string, unknown> }[] } }>(
        `query ($n: Int!) { agentTicket(number: $n) { events { type details } } }`,
        { n: ticket.number },
      ),
    );
    expect(history.agentTicket.events.filter((e) => e.type === 'SATISFACTION_RATED').map((e) => e.details)).toEqual([
      { rating: 'good', comment: 'Lovely', from: null },
    ]);
  });
});

describe('a bad rating reopening the request', () => {
  afterEach(() => app.dataSource.query(`UPDATE organizations SET bad_rating_reopens = false WHERE id = $1`, [organization.id]));

  it('is the admins’ choice, off by default', async () => {
    expect(ok(await agent.gql<{ badRatingReopens: boolean }>(`{ badRatingReopens }`)).badRatingReopens).toBe(false);
    expect(codes(await agent.gql(`mutation { setBadRatingReopens(on: true) }`))).toEqual(['FORBIDDEN']);
    expect(ok(await admin.gql<{ setBadRatingReopens: boolean }>(`mutation { setBadRatingReopens(on: true) }`)).setBadRatingReopens).toBe(
      true,
    );
    expect(ok(await agent.gql<{ badRatingReopens: boolean }>(`{ badRatingReopens }`)).badRatingReopens).toBe(true);
  });

  it('reopens on a bad rating when on, with a history event the requester sees; a good one does not', async () => {
    ok(await admin.gql(`mutation { setBadRatingReopens(on: true) }`));
    const happy = await solvedRequest();
    expect(ok(await happy.caller.gql<Rated>(RATE, { n: happy.ticket.number, rating: 'GOOD' })).rateRequest.status).toBe('SOLVED');
    const { ticket, caller } = await solvedRequest();
    const rated = ok(await caller.gql<Rated>(RATE, { n: ticket.number, rating: 'BAD', comment: 'Still broken' }));
    expect(rated.rateRequest.status).toBe('OPEN');
    expect(rated.rateRequest.satisfaction.state).toBe('NOT_SOLVED');
    const row = await app.dataSource.getRepository(Ticket).findOneByOrFail({ id: ticket.id });
    expect(row).toMatchObject({ status: 'open', solvedAt: null });
    const events = await app.dataSource.getRepository(TicketEvent).find({ where: { ticketId: ticket.id }, order: { createdAt: 'ASC' } });
    const reopen = events.filter((e) => e.type === 'status_changed').at(-1);
    expect(reopen).toMatchObject({ visibleToContact: true, data: { from: 'solved', to: 'open', reason: 'bad_rating' } });
  });

  it('leaves the request solved when off', async () => {
    const { ticket, caller } = await solvedRequest();
    expect(ok(await caller.gql<Rated>(RATE, { n: ticket.number, rating: 'BAD' })).rateRequest.status).toBe('SOLVED');
  });
});

describe('the satisfaction report', () => {
  it('counts by agent at solve, by form and by week, for admins only, and never another organization’s answers', async () => {
    const org = await buildOrganization(app.dataSource);
    const ada = await signInAs(app, await buildAgent(app.dataSource, { organizationId: org.id, name: 'Ada' }));
    const boss = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: org.id, name: 'Boss' }));
    const form = await buildIntakeForm(app.dataSource, { organizationId: org.id, name: 'Billing' });
    const version = await buildIntakeFormVersion(app.dataSource, { formId: form.id });
    const rate = async (by: typeof ada, rating: 'GOOD' | 'BAD', withForm: boolean) => {
      const made = await solvedRequest({ org, by, formVersionId: withForm ? version.id : undefined });
      ok(await made.caller.gql(RATE, { n: made.ticket.number, rating }));
      return made;
    };
    const reassigned = await rate(ada, 'GOOD', true);
    await rate(ada, 'GOOD', false);
    await rate(ada, 'BAD', true);
    const old = await rate(boss, 'BAD', true);
    // Counted for the agent of the solve, whoever owns the ticket now.
    ok(
      await boss.gql(
        `mutation { updateTicket(number: ${reassigned.ticket.number}, input: { assigneeId: "${boss.agent.id}" }) { status } }`,
      ),
    );
    // An unanswered survey counts nowhere.
    await solvedRequest({ org, by: ada });
    // One answer given two weeks ago, one long before the report's weeks.
    await app.dataSource.query(`UPDATE satisfaction_surveys SET rated_at = rated_at - interval '14 days' WHERE ticket_id = $1`, [
      old.ticket.id,
    ]);
    const ancient = await rate(boss, 'GOOD', false);
    await app.dataSource.query(`UPDATE satisfaction_surveys SET rated_at = rated_at - interval '400 days' WHERE ticket_id = $1`, [
      ancient.ticket.id,
    ]);
    // The test organization's own answers (other tests) must not appear in this one's report.
    const foreign = await solvedRequest();
    ok(await foreign.caller.gql(RATE, { n: foreign.ticket.number, rating: 'BAD' }));

    type Report = {
      satisfactionReport: {
        good: number;
        bad: number;
        byAgent: { id: string | null; name: string | null; good: number; bad: number }[];
        byForm: { id: string | null; name: string | null; good: number; bad: number }[];
        byWeek: { weekStart: string; good: number; bad: number }[];
      };
    };
    const report = ok(await boss.gql<Report>(REPORT, { weeks: 12 })).satisfactionReport;
    expect([report.good, report.bad]).toEqual([2, 2]);
    expect(report.byAgent).toEqual([
      { id: ada.agent.id, name: 'Ada', good: 2, bad: 1 },
      { id: boss.agent.id, name: 'Boss', good: 0, bad: 1 },
    ]);
    expect(report.byForm).toEqual([
      { id: form.id, name: 'Billing', good: 1, bad: 2 },
      { id: null, name: null, good: 1, bad: 0 },
    ]);
    const weeks = report.byWeek.map((w) => [new Date(w.weekStart).getUTCDay(), w.good, w.bad]);
    expect(weeks).toEqual([
      [1, 0, 1],
      [1, 2, 1],
    ]);
    expect(Date.now() - new Date(report.byWeek[1].weekStart).getTime()).toBeLessThan(7 * 24 * 3600 * 1000);
    // A one-week report leaves out the answer of two weeks ago.
    const thisWeek = ok(await boss.gql<Report>(REPORT, { weeks: 1 })).satisfactionReport;
    expect([thisWeek.good, thisWeek.bad]).toEqual([2, 1]);

    expect(codes(await ada.gql(REPORT, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await foreign.caller.gql(REPORT, {}))).toEqual(['FORBIDDEN']);
    expect(codes(await boss.gql(REPORT, { weeks: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await boss.gql(REPORT, { weeks: 53 }))).toEqual(['BAD_USER_INPUT']);
  });
});
