import type { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { Ticket } from '../tickets/ticket.entity';
import { buildAgent, buildContact, buildIntakeForm, buildIntakeFormVersion, buildOrganization, buildTicket } from '../../../test/factories';
import { emailsTo } from '../../../test/emails';
import { ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { postRating, ratingLinks, solveAsAgent, solvedDaysAgo, surveysOf } from '../../../test/satisfaction';
import { signInAs } from '../../../test/sign-in';

// Satisfaction after solve (issue 14.4), through the email's links: solving asks, opening a link
// changes nothing, only the page's same-origin POST records, within the window, for the latest solve.
let app: TestApp;
let organization: Organization;
let host: string;
let agent: Caller & { agent: { id: string } };

beforeAll(async () => {
  app = await startTestApp({ seed: false, env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
  organization = await buildOrganization(app.dataSource, { branding: { displayName: 'Roadrunner Help', primaryColor: '#aa3300' } });
  host = `${organization.slug}.localhost`;
  agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
});
afterAll(() => app?.close());

async function solvedRequest() {
  const requester = await buildContact(app.dataSource, { organizationId: organization.id });
  const form = await buildIntakeForm(app.dataSource, { organizationId: organization.id });
  const version = await buildIntakeFormVersion(app.dataSource, { formId: form.id });
  const ticket = await buildTicket(app.dataSource, {
    organizationId: organization.id,
    requesterId: requester.id,
    status: 'open',
    formVersionId: version.id,
  });
  await solveAsAgent(agent, ticket.number, agent.agent.id);
  return { requester, ticket, form, links: await ratingLinks(app.dataSource, requester.email) };
}

const ticketRow = (id: string) => app.dataSource.getRepository(Ticket).findOneByOrFail({ id });
const eventsOf = (ticketId: string) => app.dataSource.getRepository(TicketEvent).find({ where: { ticketId }, order: { createdAt: 'ASC' } });

describe('solving a request', () => {
  it('records one survey for the solve, with the assignee and form of the moment, and emails Good and Bad links', async () => {
    const { requester, ticket, form, links } = await solvedRequest();
    const surveys = await surveysOf(app.dataSource, ticket.id);
    expect(surveys).toHaveLength(1);
    const [survey] = surveys;
    expect(survey).toMatchObject({ agentId: agent.agent.id, formId: form.id, requesterId: requester.id, rating: null, comment: null });
    expect(survey.solvedAt.getTime()).toBe((await ticketRow(ticket.id)).solvedAt?.getTime());
    expect(links.text).toContain('How did we do?');
    expect(links.good).toMatch(new RegExp(`^/satisfaction/${survey.id}\\.[A-Za-z0-9_-]{22}\\?rating=good$`));
    expect(links.bad).toBe(links.good.replace('rating=good', 'rating=bad'));
    // The token is a secret part of the email: cut from the stored copy once sent.
    const [mail] = (await emailsTo(app.dataSource, requester.email)).filter((m) => m.tag === 'ticket-solved');
    expect(mail.secretParts).toEqual([links.good.split('/')[2].split('?')[0]]);
  });

  it('asks again after a reopen and a new solve; the first solve’s link then answers nothing', async () => {
    const { requester, ticket, links } = await solvedRequest();
    ok(await agent.gql(`mutation { updateTicket(number: ${ticket.number}, input: { status: OPEN }) { status } }`));
    await solveAsAgent(agent, ticket.number);
    expect(await surveysOf(app.dataSource, ticket.id)).toHaveLength(2);
    const second = await ratingLinks(app.dataSource, requester.email);
    expect(second.good).not.toBe(links.good);
    const old = await postRating(app, host, links.good, { rating: 'good' });
    expect(old.status).toBe(400);
    expect(old.text).toContain('solved again');
    const fresh = await postRating(app, host, second.good, { rating: 'good' });
    expect(fresh.status).toBe(200);
    const [first, latest] = await surveysOf(app.dataSource, ticket.id);
    expect([first.rating, latest.rating]).toEqual([null, 'good']);
  });
});

describe('opening a rating link', () => {
  it('shows the branded page with the choice preselected and changes nothing (GET and HEAD, as scanners do)', async () => {
    const { ticket, links } = await solvedRequest();
    const before = await ticketRow(ticket.id);
    const eventsBefore = (await eventsOf(ticket.id)).length;
    const head = await app.request(links.bad, { method: 'HEAD', host });
    expect(head.status).toBe(200);
    for (const link of [links.good, links.bad, links.good]) {
      const page = await app.request(link, { host });
      expect(page.status).toBe(200);
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('Roadrunner Help');
      expect(page.text).toContain('#aa3300');
      const chosen = link.endsWith('good') ? 'good' : 'bad';
      expect(page.text).toMatch(new RegExp(`value="${chosen}" data-testid="rating-${chosen}" checked`));
    }
    const [survey] = await surveysOf(app.dataSource, ticket.id);
    expect(survey).toMatchObject({ rating: null, ratedAt: null });
    expect((await eventsOf(ticket.id)).length).toBe(eventsBefore);
    expect((await ticketRow(ticket.id)).updatedAt.getTime()).toBe(before.updatedAt.getTime());
  });

  it('answers a forged, cut or foreign link with a clear 404 page', async () => {
    const { links } = await solvedRequest();
    const [path] = links.good.split('?');
    const forged = path.slice(0, -2) + (path.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [forged, path.split('.')[0], '/satisfaction/nonsense']) {
      const page = await app.request(bad, { host });
      expect(page.status).toBe(404);
      expect(page.text).toContain('rating link doesn');
    }
    // The same link on another organization's portal is not that organization's survey.
    const other = await buildOrganization(app.dataSource);
    const elsewhere = await app.request(links.good, { host: `${other.slug}.localhost` });
    expect(elsewhere.status).toBe(404);
    expect((await postRating(app, `${other.slug}.localhost`, links.good, { rating: 'bad' })).status).toBe(404);
  });
});

describe('posting the rating page', () => {
  it('refuses a cross-site or origin-less post and records nothing', async () => {
    const { ticket, links } = await solvedRequest();
    expect((await postRating(app, host, links.good, { rating: 'good' }, 'https://evil.test')).status).toBe(403);
    expect((await postRating(app, host, links.good, { rating: 'good' }, null)).status).toBe(403);
    expect((await postRating(app, host, links.good, { rating: 'good' }, `https://${host}:${app.port}`)).status).toBe(403);
    expect((await surveysOf(app.dataSource, ticket.id))[0].rating).toBeNull();
  });

  it('records the answer once, lets the requester change it within 7 days, and refuses it after', async () => {
    const { requester, ticket, links } = await solvedRequest();
    const first = await postRating(app, host, links.good, { rating: 'good', comment: '  Quick and kind.  ' });
    expect(first.status).toBe(200);
    expect(first.text).toContain('Thank you');
    let [survey] = await surveysOf(app.dataSource, ticket.id);
    expect(survey).toMatchObject({ rating: 'good', comment: 'Quick and kind.' });
    // The same answer again records nothing more.
    await postRating(app, host, links.good, { rating: 'good', comment: 'Quick and kind.' });
    expect((await eventsOf(ticket.id)).filter((e) => e.type === 'satisfaction_rated')).toHaveLength(1);

    // Opening the link again shows the answer given, the link's choice preselected.
    const reopened = await app.request(links.bad, { host });
    expect(reopened.text).toContain('data-testid="current-rating"');
    expect(reopened.text).toContain('Quick and kind.');

    const changed = await postRating(app, host, links.bad, { rating: 'bad', comment: 'Actually it broke again.' });
    expect(changed.status).toBe(200);
    [survey] = await surveysOf(app.dataSource, ticket.id);
    expect(survey).toMatchObject({ rating: 'bad', comment: 'Actually it broke again.' });
    const rated = (await eventsOf(ticket.id)).filter((e) => e.type === 'satisfaction_rated');
    expect(rated.map((e) => [e.data.rating, e.data.from, e.actorContactId])).toEqual([
      ['good', null, requester.id],
      ['bad', 'good', requester.id],
    ]);
    // Reopening is off by default.
    expect((await ticketRow(ticket.id)).status).toBe('solved');

    // Agents see the answer on the ticket.
    const seen = ok(
      await agent.gql<{ agentTicket: { satisfaction: { rating: string; comment: string; state: string } } }>(
        `query ($n: Int!) { agentTicket(number: $n) { satisfaction { rating comment state } } }`,
        { n: ticket.number },
      ),
    );
    expect(seen.agentTicket.satisfaction).toEqual({ rating: 'BAD', comment: 'Actually it broke again.', state: 'OPEN' });

    await solvedDaysAgo(app.dataSource, ticket.id, 8);
    const late = await postRating(app, host, links.good, { rating: 'good' });
    expect(late.status).toBe(400);
    expect(late.text).toContain('7 days');
    const page = await app.request(links.good, { host });
    expect(page.status).toBe(400);
    expect(page.text).toContain('7 days');
    expect((await surveysOf(app.dataSource, ticket.id))[0].rating).toBe('bad');
  });

  it('asks for a choice when none is sent, and refuses a comment over the limit by name', async () => {
    const { ticket, links } = await solvedRequest();
    const none = await postRating(app, host, links.good, { comment: 'hm' });
    expect(none.status).toBe(400);
    expect(none.text).toContain('Choose Good or Bad');
    const long = await postRating(app, host, links.good, { rating: 'good', comment: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('2000 characters');
    const nul = await postRating(app, host, links.good, { rating: 'good', comment: 'a\u0000b' });
    expect(nul.status).toBe(400);
    expect(nul.text).toContain('cannot be stored');
    expect((await surveysOf(app.dataSource, ticket.id))[0].rating).toBeNull();
  });

  it('refuses a request that was reopened since (not solved)', async () => {
    const { ticket, links } = await solvedRequest();
    ok(await agent.gql(`mutation { updateTicket(number: ${ticket.number}, input: { status: OPEN }) { status } }`));
    const page = await app.request(links.good, { host });
    expect(page.status).toBe(400);
    expect(page.text).toContain('Only a solved request can be rated');
    expect((await postRating(app, host, links.good, { rating: 'good' })).status).toBe(400);
    expect((await surveysOf(app.dataSource, ticket.id))[0].rating).toBeNull();
  });
});
