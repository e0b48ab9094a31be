import { startTestApp, type TestApp } from '../../../test/http';
import { codes, ok, type Caller } from '../../../test/graphql';
import { signInAgent, signInContact } from '../../../test/sign-in';
import { buildCompany, buildContact, buildTicket, buildTicketMessage } from '../../../test/factories';
import { Organization } from '../organizations/organization.entity';

// The agent app's search box (issue 17.1) on seeded Acme and Globex: ranked, and never another
// organization's contacts, tickets or companies.

const SEARCH = `query ($text: String!, $first: Int) {
  agentSearch(text: $text, first: $first) { tickets { number subject } contacts { id name email } companies { name } }
}`;

type Found = {
  agentSearch: {
    tickets: { number: number; subject: string }[];
    contacts: { id: string; name: string | null; email: string }[];
    companies: { name: string }[];
  };
};

describe('agent search', () => {
  let app: TestApp;
  let agent: Caller;
  let globexId: string;
  let acmeId: string;

  beforeAll(async () => {
    app = await startTestApp();
    agent = await signInAgent(app, 'acme', 'agent@acme.test');
    const orgs = app.dataSource.getRepository(Organization);
    acmeId = (await orgs.findOneByOrFail({ slug: 'acme' })).id;
    globexId = (await orgs.findOneByOrFail({ slug: 'globex' })).id;
    // Look-alikes in Globex, which Acme's agent must never see.
    const spy = await buildContact(app.dataSource, { organizationId: globexId, email: 'zebra.spy@rival.test', name: 'Zebra Spy' });
    const rival = await buildTicket(app.dataSource, { organizationId: globexId, requesterId: spy.id, subject: 'Zebra crossing plans' });
    await buildTicketMessage(app.dataSource, { ticketId: rival.id, body: 'The quokka secret' });
    await buildCompany(app.dataSource, { organizationId: globexId, name: 'Zebra Holdings' });
  });
  afterAll(() => app?.close());

  const search = async (text: string, first = 10) => ok(await agent.gql<Found>(SEARCH, { text, first })).agentSearch;

  it('finds a contact by part of their email, an exact address first', async () => {
    const a = await buildContact(app.dataSource, { organizationId: acmeId, email: 'zebra@acme-partner.test', name: null });
    const b = await buildContact(app.dataSource, { organizationId: acmeId, email: 'mr.zebra.keeper@zoo.test', name: 'Keeper' });
    const part = await search('zebra');
    expect(part.contacts.map((c) => c.email).sort()).toEqual([a.email, b.email].sort());
    expect((await search('ZEBRA@acme-partner.test')).contacts[0].id).toBe(a.id);
    // A prefix of the address ranks before a match in the middle.
    expect((await search('zebra')).contacts[0].email).toBe('zebra@acme-partner.test');
  });

  it('ranks an exact ticket number first, then subject prefix, then subject substring, then message text', async () => {
    const textOnly = await buildTicket(app.dataSource, { organizationId: acmeId, subject: 'Something else entirely' });
    await buildTicketMessage(app.dataSource, { ticketId: textOnly.id, body: 'My walrus detector beeps' });
    const inside = await buildTicket(app.dataSource, { organizationId: acmeId, subject: 'The walrus detector is broken' });
    const starts = await buildTicket(app.dataSource, { organizationId: acmeId, subject: 'Walrus detector firmware' });
    const found = await search('walrus detector');
    expect(found.tickets.map((t) => t.number)).toEqual([starts.number, inside.number, textOnly.number]);
    expect((await search(`#${inside.number}`)).tickets[0].number).toBe(inside.number);
  });

  it('finds companies by name', async () => {
    await buildCompany(app.dataSource, { organizationId: acmeId, name: 'Walrus Works' });
    expect((await search('walrus')).companies.map((c) => c.name)).toEqual(['Walrus Works']);
  });

  it("never shows another organization's contacts, tickets or companies", async () => {
    for (const text of ['zebra', 'Zebra Spy', 'zebra.spy@rival.test', 'quokka', 'crossing', 'Zebra Holdings']) {
      const found = await search(text);
      expect(found.contacts.map((c) => c.email)).not.toContain('zebra.spy@rival.test');
      expect(found.tickets.map((t) => t.subject)).not.toContain('Zebra crossing plans');
      expect(found.companies.map((c) => c.name)).not.toContain('Zebra Holdings');
    }
    expect((await search('quokka')).tickets).toEqual([]);
  });

  it('is for agents only, and refuses a page size out of range', async () => {
    const contact = await signInContact(app, 'acme', 'wile@coyote.test');
    expect(codes(await contact.gql(SEARCH, { text: 'wile' }))).toEqual(['FORBIDDEN']);
    const result = await agent.gql(SEARCH, { text: 'wile', first: 100 });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });
});
