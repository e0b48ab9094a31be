import { Client } from 'pg';
import { Organization } from '../src/modules/organizations/organization.entity';
import { Ticket } from '../src/modules/tickets/ticket.entity';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from './database';
import { buildAgent, buildArticle, buildContact, buildOrganization, buildTicket, buildTicketMessage } from './factories';
import { codes, visitor } from './graphql';
import { startTestApp, type TestApp } from './http';
import { signInAs } from './sign-in';

describe('the test database harness', () => {
  it('gives each caller a private, migrated database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      await buildOrganization(a.dataSource, { slug: 'only-in-a' });
      expect(await a.dataSource.getRepository(Organization).countBy({ slug: 'only-in-a' })).toBe(1);
      expect(await b.dataSource.getRepository(Organization).countBy({ slug: 'only-in-a' })).toBe(0);
      expect(await b.dataSource.showMigrations()).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);

  const url = testDatabaseUrl();
  (url ? it : it.skip)(
    'drops its PostgreSQL database on close (DATABASE_URL set)',
    async () => {
      const tdb = await createTestDatabase({ migrate: false });
      const exists = async () => {
        const client = new Client({ connectionString: url as string });
        await client.connect();
        try {
          return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [tdb.name])).rowCount === 1;
        } finally {
          await client.end();
        }
      };
      expect(tdb.kind).toBe('postgres');
      expect(await exists()).toBe(true);
      await tdb.close();
      await tdb.close();
      expect(await exists()).toBe(false);
    },
    60_000,
  );
});

describe('the factories', () => {
  let tdb: TestDatabase;

  beforeAll(async () => {
    tdb = await createTestDatabase();
  }, 60_000);

  afterAll(() => tdb?.close());

  it('number tickets 1, 2, 3 within an organization, independently of other organizations', async () => {
    const acme = await buildOrganization(tdb.dataSource);
    const globex = await buildOrganization(tdb.dataSource);
    const numbers = [];
    for (let i = 0; i < 3; i++) numbers.push((await buildTicket(tdb.dataSource, { organizationId: acme.id })).number);
    const other = await buildTicket(tdb.dataSource, { organizationId: globex.id });
    expect(numbers).toEqual([1, 2, 3]);
    expect(other.number).toBe(1);
    expect((await tdb.dataSource.getRepository(Organization).findOneByOrFail({ id: acme.id })).lastTicketNumber).toBe(3);
  });

  it('hand out distinct numbers to concurrent tickets', async () => {
    const org = await buildOrganization(tdb.dataSource);
    const tickets = await Promise.all(Array.from({ length: 5 }, () => buildTicket(tdb.dataSource, { organizationId: org.id })));
    expect(tickets.map((t) => t.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('create the people a ticket needs in its own organization, and let overrides win', async () => {
    const ticket = await buildTicket(tdb.dataSource, { subject: 'Broken anvil', status: 'pending' });
    const saved = await tdb.dataSource.getRepository(Ticket).findOneOrFail({ where: { id: ticket.id }, relations: { requester: true } });
    expect(saved).toMatchObject({ subject: 'Broken anvil', status: 'pending' });
    expect(saved.requester?.organizationId).toBe(ticket.organizationId);

    const agent = await buildAgent(tdb.dataSource, { role: 'admin', email: 'boss@example.test' });
    const contact = await buildContact(tdb.dataSource, { organizationId: agent.organizationId });
    expect(agent).toMatchObject({ role: 'admin', email: 'boss@example.test' });
    expect(contact.organizationId).toBe(agent.organizationId);
  });

  it('work inside a transaction, which rolls them back', async () => {
    const before = await tdb.dataSource.getRepository(Organization).count();
    await expect(
      tdb.dataSource.transaction(async (m) => {
        await buildTicket(m);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await tdb.dataSource.getRepository(Organization).count()).toBe(before);
  });
});

// The pattern for new tests: an app on an empty database, and exactly the rows the test needs.
describe('an app started on an empty database', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });

  afterAll(() => app?.close());

  it('holds no demo data', async () => {
    expect(await app.dataSource.getRepository(Organization).count()).toBe(0);
  });

  it('serves what the factories build: a contact sees their own request, and no one else’s', async () => {
    const organization = await buildOrganization(app.dataSource);
    const contact = await buildContact(app.dataSource, { organizationId: organization.id });
    const mine = await buildTicket(app.dataSource, {
      organizationId: organization.id,
      requesterId: contact.id,
      subject: 'Anvil fell short',
    });
    await buildTicketMessage(app.dataSource, { ticketId: mine.id, body: 'It missed the bird.' });
    await buildTicket(app.dataSource, { organizationId: organization.id, subject: 'Someone else’s' });

    const caller = await signInAs(app, contact);
    const result = await caller.gql<{ myTickets: { nodes: { subject: string; timeline: { body?: string }[] }[] } }>(
      `{ myTickets(first: 10) { nodes { subject timeline { ... on TicketMessage { body } } } } }`,
    );
    expect(codes(result)).toEqual([]);
    expect(result.data?.myTickets.nodes).toEqual([{ subject: 'Anvil fell short', timeline: [{ body: 'It missed the bird.' }] }]);
  });

  it('serves a factory-built article on its organization’s portal, and a signed-in agent to the agent app', async () => {
    const organization = await buildOrganization(app.dataSource);
    const article = await buildArticle(app.dataSource, { organizationId: organization.id, title: 'Returning rockets' });
    const read = await visitor(app, `${organization.slug}.localhost`).gql<{ article: { title: string } | null }>(
      `query ($slug: String!) { article(slug: $slug) { title } }`,
      { slug: article.slug },
    );
    expect(read.data?.article).toEqual({ title: 'Returning rockets' });

    const agent = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id }));
    const viewer = await agent.gql<{ viewer: { kind: string; agent: { email: string } } }>(`{ viewer { kind agent { email } } }`);
    expect(viewer.data?.viewer).toEqual({ kind: 'AGENT', agent: { email: agent.agent.email } });
  });
});
