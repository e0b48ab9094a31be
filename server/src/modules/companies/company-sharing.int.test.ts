import type { Contact } from '../contacts/contact.entity';
import { buildAdmin, buildCompany, buildContact, buildOrganization, buildTicket } from '../../../test/factories';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { liveClient, type LiveClient } from '../../../test/live';
import { signInAs } from '../../../test/sign-in';
import { downloadAs, uploadAs } from '../../../test/uploads';
import { APP_ROLE } from '../../db/tenant';
import type { Company } from './company.entity';
import type { SharingMode } from './company.entity';

// Four contacts in two companies. Coyote: Anna (manager) and Bob; Acme Works: Carl (manager) and
// Dora. Bob raised one request in Coyote, Dora one in Acme Works (whose mode is everyone_comment,
// so nothing of it ever reaches Coyote). For each of Coyote's sharing modes, who sees Bob's
// request, by every road a contact reads a request: list, page, timeline, file URL, subscription.

const PAGE = `query ($n: Int!) { ticket(number: $n) { number raisedBy timeline { ... on TicketMessage { body } } fieldValues { key } } }`;
const COMPANY_LIST = `{ companyRequests(first: 20) { totalCount nodes { number raisedBy } } }`;
const MY_LIST = `{ myTickets(first: 20) { nodes { number } } }`;
const REPLY = `mutation ($n: Int!, $body: String!) { replyToTicket(number: $n, body: $body) { number } }`;
const SET_MODE = `mutation ($id: ID!, $mode: SharingMode!) { updateCompany(id: $id, input: { sharingMode: $mode }) { sharingMode } }`;

let app: TestApp;
let coyote: Company;
let people: Record<'anna' | 'bob' | 'carl' | 'dora', Caller & { contact: Contact }>;
let admin: Caller;
let bobsNumber: number;
let dorasNumber: number;
let fileId: string;
const sockets: LiveClient[] = [];

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  const organization = await buildOrganization(app.dataSource);
  const organizationId = organization.id;
  coyote = await buildCompany(app.dataSource, { organizationId, name: 'Coyote', sharingMode: 'private' });
  const works = await buildCompany(app.dataSource, { organizationId, name: 'Acme Works', sharingMode: 'everyone_comment' });
  const contact = (companyId: string, isCompanyManager: boolean, name: string) =>
    buildContact(app.dataSource, { organizationId, companyId, isCompanyManager, name });
  people = {
    anna: await signInAs(app, await contact(coyote.id, true, 'Anna')),
    bob: await signInAs(app, await contact(coyote.id, false, 'Bob')),
    carl: await signInAs(app, await contact(works.id, true, 'Carl')),
    dora: await signInAs(app, await contact(works.id, false, 'Dora')),
  };
  admin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId }));
  bobsNumber = (await buildTicket(app.dataSource, { organizationId, requesterId: people.bob.contact.id, status: 'open' })).number;
  dorasNumber = (await buildTicket(app.dataSource, { organizationId, requesterId: people.dora.contact.id, status: 'open' })).number;
  // Bob's reply with a file: the timeline and the file URL both follow the rule.
  fileId = await uploadAs(app, people.bob, 'screenshot.txt', 'what I see');
  ok(
    await people.bob.gql(
      `mutation ($n: Int!, $ids: [ID!]) { replyToTicket(number: $n, body: "Bob's words", attachmentIds: $ids) { number } }`,
      {
        n: bobsNumber,
        ids: [fileId],
      },
    ),
  );
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((s) => s.dispose()));
});
afterAll(() => app?.close());

async function setMode(mode: SharingMode): Promise<void> {
  ok(await admin.gql(SET_MODE, { id: coyote.id, mode: mode.toUpperCase() }));
}

async function sees(who: Caller, number: number) {
  const page = await who.gql<{ ticket: { timeline: { body?: string }[]; raisedBy: string | null } }>(PAGE, { n: number });
  const list = ok(await who.gql<{ companyRequests: { nodes: { number: number }[] } }>(COMPANY_LIST));
  const download = await downloadAs(app, who, fileId);
  return {
    page: page.errors.length ? codes(page)[0] : 'ok',
    timeline: JSON.stringify(page.data?.ticket?.timeline ?? []).includes("Bob's words"),
    inCompanyList: list.companyRequests.nodes.some((n) => n.number === number),
    file: download.status,
  };
}

const SEEN = { page: 'ok', timeline: true, inCompanyList: true, file: 200 };
const HIDDEN = { page: 'NOT_FOUND', timeline: false, inCompanyList: false, file: 404 };

describe.each<[SharingMode, boolean, boolean]>([
  // mode, Anna (manager) sees, Anna may reply
  ['private', false, false],
  ['managers', true, false],
  ['everyone_view', true, false],
  ['everyone_comment', true, true],
])("in Coyote's %s mode", (mode, annaSees, annaReplies) => {
  beforeAll(() => setMode(mode));

  it(`Bob always sees his request; Anna ${annaSees ? 'sees' : 'does not see'} it; nobody of Acme Works ever does`, async () => {
    expect(await sees(people.bob, bobsNumber)).toEqual({ ...SEEN, inCompanyList: mode !== 'private' && mode !== 'managers' });
    expect(await sees(people.anna, bobsNumber)).toEqual(annaSees ? SEEN : HIDDEN);
    expect(await sees(people.carl, bobsNumber)).toEqual(HIDDEN);
    expect(await sees(people.dora, bobsNumber)).toEqual(HIDDEN);
    // Dora's request never reaches Coyote, whatever Coyote's mode.
    for (const who of [people.anna, people.bob]) expect(codes(await who.gql(PAGE, { n: dorasNumber }))).toEqual(['NOT_FOUND']);
  });

  it('tells each contact whether "Requests from my company" shows them anything', async () => {
    const seesList = async (who: Caller) =>
      ok(await who.gql<{ myCompany: { name: string; seesCompanyRequests: boolean } | null }>(`{ myCompany { name seesCompanyRequests } }`))
        .myCompany;
    expect(await seesList(people.anna)).toEqual({ name: 'Coyote', seesCompanyRequests: annaSees });
    expect(await seesList(people.bob)).toEqual({ name: 'Coyote', seesCompanyRequests: mode.startsWith('everyone') });
  });

  it(`Anna ${annaReplies ? 'may' : 'may not'} reply to Bob's request`, async () => {
    const result = await people.anna.gql(REPLY, { n: bobsNumber, body: 'Anna here' });
    expect(codes(result)).toEqual(annaReplies ? [] : [annaSees ? 'FORBIDDEN' : 'NOT_FOUND']);
  });

  it("Anna's live subscription to Bob's request follows the same rule", async () => {
    const socket = liveClient(app, { host: people.anna.host, cookies: people.anna.cookies });
    sockets.push(socket);
    const subscription = socket.subscribe<{ ticketChanged: { number: number } }>(
      `subscription ($n: Int!) { ticketChanged(number: $n) { number } }`,
      { n: bobsNumber },
    );
    if (annaSees) expect((await subscription.next()).data?.ticketChanged.number).toBe(bobsNumber);
    else {
      const ended = await subscription.ended;
      expect(JSON.stringify([subscription.results, ended])).toContain('NOT_FOUND');
      expect(JSON.stringify(subscription.results)).not.toContain("Bob's words");
    }
  });
});

describe('shared requests on the portal', () => {
  beforeAll(() => setMode('everyone_view'));

  it("shows who raised a colleague's request, and nothing on the viewer's own", async () => {
    const anna = ok(await people.anna.gql<{ ticket: { raisedBy: string | null } }>(PAGE, { n: bobsNumber }));
    const bob = ok(await people.bob.gql<{ ticket: { raisedBy: string | null } }>(PAGE, { n: bobsNumber }));
    expect(anna.ticket.raisedBy).toBe('Bob');
    expect(bob.ticket.raisedBy).toBeNull();
  });

  it('filters and pages "Requests from my company" as "My requests" does', async () => {
    const list = `query ($status: [TicketStatus!], $search: String) { companyRequests(first: 1, status: $status, search: $search) { totalCount nodes { number } pageInfo { hasNextPage } } }`;
    expect(ok(await people.anna.gql(list, { status: ['OPEN'], search: String(bobsNumber) }))).toEqual({
      companyRequests: { totalCount: 1, nodes: [{ number: bobsNumber }], pageInfo: { hasNextPage: false } },
    });
    expect(
      ok(await people.anna.gql<{ companyRequests: { totalCount: number } }>(list, { status: ['SOLVED'] })).companyRequests.totalCount,
    ).toBe(0);
    expect(codes(await people.anna.gql(`{ companyRequests(first: 500) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps a colleague\'s request out of "My requests"', async () => {
    const mine = ok(await people.anna.gql<{ myTickets: { nodes: { number: number }[] } }>(MY_LIST));
    expect(mine.myTickets.nodes.map((n) => n.number)).not.toContain(bobsNumber);
  });

  it('keeps a request in the company it was raised in when its requester moves', async () => {
    const organizationId = people.bob.contact.organizationId;
    const moved = await buildContact(app.dataSource, { organizationId, companyId: coyote.id, name: 'Mover' });
    const number = (await buildTicket(app.dataSource, { organizationId, requesterId: moved.id })).number;
    const elsewhere = await buildCompany(app.dataSource, { organizationId, sharingMode: 'everyone_view' });
    const agent = await signInAs(app, await buildAdmin(app.dataSource, { organizationId }));
    ok(
      await agent.gql(`mutation ($c: ID!, $to: ID) { setContactCompany(contactId: $c, companyId: $to) { companyId } }`, {
        c: moved.id,
        to: elsewhere.id,
      }),
    );
    const newColleague = await signInAs(app, await buildContact(app.dataSource, { organizationId, companyId: elsewhere.id }));
    expect(codes(await newColleague.gql(PAGE, { n: number }))).toEqual(['NOT_FOUND']);
    expect((await people.anna.gql(PAGE, { n: number })).errors).toEqual([]);
  });
});

describe('the sharing rule in the database', () => {
  it('lets the application role read companies, domains and CCs of its own organization only', async () => {
    const other = await buildCompany(app.dataSource);
    await app.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('role', $1, true), set_config('app.organization_id', $2, true)`, [APP_ROLE, coyote.organizationId]);
      const rows: { id: string }[] = await m.query(`SELECT id FROM companies`);
      expect(rows.map((r) => r.id)).toContain(coyote.id);
      expect(rows.map((r) => r.id)).not.toContain(other.id);
      await expect(m.query(`INSERT INTO companies (organization_id, name) VALUES ($1, 'Sneaky')`, [other.organizationId])).rejects.toThrow(
        /row-level security/,
      );
    });
  });
});
