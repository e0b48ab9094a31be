import { buildAgent, buildContact, buildOrganization, buildTicket } from '../../test/factories';
import { connectionCutter, type ConnectionCutter } from '../../test/connection-cut';
import { ok } from '../../test/graphql';
import { startTestApp, type TestApp } from '../../test/http';
import { liveClient, type LiveClient } from '../../test/live';
import { signInAs } from '../../test/sign-in';

// Two app instances on one PostgreSQL database, each with its own pool and its own listening
// connection, as two processes behind a load balancer (in one test process: the harness starts
// both in-process). PGlite is one process with one connection, so there is nothing to span.
const onPostgres = Boolean(process.env.DATABASE_URL?.trim());
const describePostgres = onPostgres ? describe : describe.skip;

const TICKET_CHANGED = `subscription ($number: Int!) {
  ticketChanged(number: $number) { id status timeline { ... on TicketMessage { body internal } } }
}`;
const REPLY = `mutation ($number: Int!, $body: String!) { addTicketMessage(number: $number, kind: PUBLIC_REPLY, body: $body) { id } }`;

describePostgres('live updates across instances on one PostgreSQL database', () => {
  let a: TestApp;
  let b: TestApp;
  let cutter: ConnectionCutter;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    a = await startTestApp({ seed: false });
    b = await startTestApp({ seed: false, database: a.database });
    cutter = await connectionCutter(a.database);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  afterAll(async () => {
    await cutter?.close();
    await b?.close();
    await a?.close();
  });

  async function world() {
    const organization = await buildOrganization(a.dataSource);
    const contact = await buildContact(a.dataSource, { organizationId: organization.id });
    const ticket = await buildTicket(a.dataSource, { organizationId: organization.id, requesterId: contact.id, status: 'open' });
    const agentOnA = await signInAs(a, await buildAgent(a.dataSource, { organizationId: organization.id }));
    // Sessions live in the database: the contact's cookie is as good on instance B.
    const contactOnB = await signInAs(b, contact);
    const socket = liveClient(b, { host: contactOnB.host, cookies: contactOnB.cookies });
    clients.push(socket);
    return { ticket, agentOnA, socket };
  }

  it('gives a subscriber on instance B a reply made through instance A within a second', async () => {
    const { ticket, agentOnA, socket } = await world();
    const subscription = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    await subscription.next();
    const started = Date.now();
    ok(await agentOnA.gql(REPLY, { number: ticket.number, body: 'Sent from instance A' }));
    await subscription.waitFor((r) => JSON.stringify(r).includes('Sent from instance A'), 1000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('shows an agent on instance B to an agent on instance A within a second, and clears them when they leave', async () => {
    const organization = await buildOrganization(a.dataSource);
    const ticket = await buildTicket(a.dataSource, { organizationId: organization.id });
    const onA = await signInAs(a, await buildAgent(a.dataSource, { organizationId: organization.id }));
    const onB = await signInAs(b, await buildAgent(b.dataSource, { organizationId: organization.id, name: 'Agent on B' }));
    const presence = `subscription ($number: Int!) { ticketPresence(number: $number) { activity agent { name } } }`;
    const socketA = liveClient(a, { host: onA.host, cookies: onA.cookies });
    const socketB = liveClient(b, { host: onB.host, cookies: onB.cookies });
    clients.push(socketA, socketB);
    type Presence = { ticketPresence: { agent: { name: string } }[] };
    const watching = socketA.subscribe<Presence>(presence, { number: ticket.number });
    await watching.next();
    await socketB.subscribe(presence, { number: ticket.number }).next();
    await watching.waitFor((r) => r.data?.ticketPresence[0]?.agent.name === 'Agent on B', 1000);
    await socketB.dispose();
    await watching.waitFor((r) => watching.results.indexOf(r) > 1 && r.data?.ticketPresence.length === 0, 2000);
  });

  it('sends nothing for a write that rolls back: the notice is part of the transaction', async () => {
    const { ticket, agentOnA, socket } = await world();
    const subscription = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    await subscription.next();
    // A closed ticket refuses replies after the row is locked; nothing commits, so nothing is sent.
    await a.dataSource.query(`UPDATE tickets SET status = 'closed' WHERE id = $1`, [ticket.id]);
    const refused = await agentOnA.gql(REPLY, { number: ticket.number, body: 'never stored' });
    expect(refused.errors.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(subscription.results).toHaveLength(1);
  });

  it('after the database connections are cut and restored, refetches and delivers updates again', async () => {
    const { ticket, agentOnA, socket } = await world();
    const subscription = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    await subscription.next();
    expect(await cutter.cut()).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 500));
    await cutter.admit();
    // The listener reconnects by itself and tells subscribers to refetch: a fresh state arrives.
    await subscription.next(10_000);
    expect(b.services.live.listener?.listening).toBe(true);
    await waitFor(() => a.services.live.listener?.listening === true);
    // Pools reconnect on first use; a request may meet a cut connection once.
    let sent = await agentOnA.gql(REPLY, { number: ticket.number, body: 'After the outage' });
    if (sent.errors.length) sent = await agentOnA.gql(REPLY, { number: ticket.number, body: 'After the outage' });
    ok(sent);
    await subscription.waitFor((r) => JSON.stringify(r).includes('After the outage'), 2000);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
