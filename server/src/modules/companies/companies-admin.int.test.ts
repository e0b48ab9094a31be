import { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';
import {
  buildAdmin,
  buildAgent,
  buildCompany,
  buildCompanyDomain,
  buildContact,
  buildOrganization,
  buildTicket,
} from '../../../test/factories';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { inboundJson, postInbound } from '../../../test/postmark-inbound';
import { signInAs } from '../../../test/sign-in';

// Companies in the agent app (issue 14.1): admins create them with domains and a sharing mode,
// agents move contacts, a new contact at a company's domain joins it, contacts can change none of it.
const CREATE = `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id name sharingMode domains } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id name sharingMode domains } }`;
const MOVE = `mutation ($c: ID!, $to: ID, $m: Boolean!) { setContactCompany(contactId: $c, companyId: $to, isManager: $m) { id companyId isCompanyManager } }`;

let app: TestApp;
let organization: Organization;
let admin: Caller;
let agent: Caller;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  organization = await buildOrganization(app.dataSource, { name: 'Acme' });
  admin = await signInAs(app, await buildAdmin(app.dataSource, { organizationId: organization.id }));
  agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
  const taken = await buildCompany(app.dataSource, { organizationId: organization.id, name: 'Taken Inc' });
  await buildCompanyDomain(app.dataSource, { companyId: taken.id, domain: 'taken.test' });
});
afterAll(() => app?.close());

type Created = { createCompany: { id: string; name: string; sharingMode: string; domains: string[] } };

describe('companies in the agent app', () => {
  it('an admin creates, changes and deletes a company; domains are normalized', async () => {
    const created = ok(
      await admin.gql<Created>(CREATE, { input: { name: '  Road  Runner Co ', sharingMode: 'MANAGERS', domains: ['@Runner.TEST'] } }),
    );
    expect(created.createCompany).toMatchObject({ name: 'Road Runner Co', sharingMode: 'MANAGERS', domains: ['runner.test'] });
    const id = created.createCompany.id;
    const updated = ok(await admin.gql(UPDATE, { id, input: { sharingMode: 'EVERYONE_COMMENT', domains: ['runner.test', 'rr.test'] } }));
    expect(updated).toEqual({
      updateCompany: { id, name: 'Road Runner Co', sharingMode: 'EVERYONE_COMMENT', domains: ['rr.test', 'runner.test'] },
    });
    expect(ok(await agent.gql<{ companies: { id: string }[] }>(`{ companies { id } }`)).companies.map((c) => c.id)).toContain(id);
    expect(ok(await admin.gql(`mutation ($id: ID!) { deleteCompany(id: $id) }`, { id }))).toEqual({ deleteCompany: id });
    expect(codes(await agent.gql(`query ($id: ID!) { company(id: $id) { id } }`, { id }))).toEqual(['NOT_FOUND']);
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['a name taken', { name: 'Taken Inc' }, 'name'],
    ['a domain that is not one', { name: 'Bad Domain', domains: ['not a domain'] }, 'domains'],
    ['a domain of another company', { name: 'Thief', domains: ['taken.test'] }, 'domains'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, input, field) => {
    const result = await admin.gql(CREATE, { input });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe(field);
  });

  it('lets only admins create companies, and no contact at all', async () => {
    expect(codes(await agent.gql(CREATE, { input: { name: 'Agent Co' } }))).toEqual(['FORBIDDEN']);
    const contact = await signInAs(app, await buildContact(app.dataSource, { organizationId: organization.id }));
    expect(codes(await contact.gql(CREATE, { input: { name: 'Contact Co' } }))).toEqual(['FORBIDDEN']);
  });

  it('shows a company page with its contacts and its requests, paged', async () => {
    const company = await buildCompany(app.dataSource, { organizationId: organization.id });
    const contact = await buildContact(app.dataSource, {
      organizationId: organization.id,
      companyId: company.id,
      email: `page-${company.id.slice(0, 6)}@x.test`,
    });
    for (let i = 0; i < 3; i++) await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: contact.id });
    const page = ok(
      await agent.gql<{
        company: { contacts: { email: string }[]; tickets: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } };
      }>(
        `query ($id: ID!) { company(id: $id) { contacts { email isCompanyManager } tickets(first: 2) { totalCount nodes { number } pageInfo { hasNextPage } } } }`,
        { id: company.id },
      ),
    );
    expect(page.company.contacts.map((c) => c.email)).toEqual([contact.email]);
    expect(page.company.tickets).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page.company.tickets.nodes).toHaveLength(2);
  });
});

describe("a contact's company", () => {
  it('an agent moves a contact and sets the manager flag, shown on the requester panel', async () => {
    const company = await buildCompany(app.dataSource, { organizationId: organization.id });
    const contact = await buildContact(app.dataSource, { organizationId: organization.id });
    const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: contact.id });
    expect(ok(await agent.gql(MOVE, { c: contact.id, to: company.id, m: true }))).toEqual({
      setContactCompany: { id: contact.id, companyId: company.id, isCompanyManager: true },
    });
    const panel = ok(
      await agent.gql(`query ($n: Int!) { agentTicket(number: $n) { requester { isCompanyManager company { id name } } } }`, {
        n: ticket.number,
      }),
    );
    expect(panel).toEqual({ agentTicket: { requester: { isCompanyManager: true, company: { id: company.id, name: company.name } } } });
    // Out of any company, no one is a manager.
    expect(ok(await agent.gql(MOVE, { c: contact.id, to: null, m: true }))).toEqual({
      setContactCompany: { id: contact.id, companyId: null, isCompanyManager: false },
    });
    expect(codes(await agent.gql(MOVE, { c: contact.id, to: '00000000-0000-4000-8000-000000000000', m: false }))).toEqual(['NOT_FOUND']);
  });

  it('a contact can never move themselves or make themselves a manager', async () => {
    const company = await buildCompany(app.dataSource, { organizationId: organization.id });
    const row = await buildContact(app.dataSource, { organizationId: organization.id });
    const contact = await signInAs(app, row);
    expect(codes(await contact.gql(MOVE, { c: row.id, to: company.id, m: true }))).toEqual(['FORBIDDEN']);
    expect(await app.dataSource.getRepository(Contact).findOneByOrFail({ id: row.id })).toMatchObject({
      companyId: null,
      isCompanyManager: false,
    });
    // Nor see the agents' company fields.
    const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: row.id });
    const seen = await contact.gql(`query ($n: Int!) { ticket(number: $n) { requester { company { id } } } }`, { n: ticket.number });
    expect(codes(seen)).toEqual(['FORBIDDEN']);
  });

  it('a new contact whose address is at a company domain joins it, and their request is raised in it', async () => {
    const company = await buildCompany(app.dataSource, { organizationId: organization.id });
    ok(await admin.gql(UPDATE, { id: company.id, input: { domains: ['joiners.test'] } }));
    const address = app.services.inbound.replies.requestAddress(organization);
    if (!address) throw new Error('inbound mail is off');
    expect((await postInbound(app, inboundJson('New.Joiner@Joiners.test', address, { Subject: 'Hello' }))).json()).toMatchObject({
      outcome: 'request',
    });
    const contact = await app.dataSource
      .getRepository(Contact)
      .findOneByOrFail({ organizationId: organization.id, email: 'new.joiner@joiners.test' });
    expect(contact.companyId).toBe(company.id);
    const ticket = await app.dataSource.getRepository(Ticket).findOneByOrFail({ requesterId: contact.id });
    expect(ticket.companyId).toBe(company.id);
    // An address elsewhere joins nothing.
    await postInbound(app, inboundJson('loner@nowhere.test', address, { Subject: 'Hi' }));
    expect(
      (await app.dataSource.getRepository(Contact).findOneByOrFail({ organizationId: organization.id, email: 'loner@nowhere.test' }))
        .companyId,
    ).toBeNull();
  });
});
