import { Session } from '../modules/auth/session.entity';
import { sha256 } from '../modules/auth/tokens';
import { buildAgent, buildContact, buildCustomFieldDefinition, buildOrganization, buildTicket } from '../../test/factories';
import { ok, type Caller } from '../../test/graphql';
import { startTestApp, type TestApp } from '../../test/http';
import { liveClient, upgradeOutcome, type LiveClient } from '../../test/live';
import { signInAs } from '../../test/sign-in';
import { SESSION_ENDED_CLOSE } from './live-socket';

const TICKET_CHANGED = `subscription ($number: Int!) {
  ticketChanged(number: $number) {
    id number status updatedAt
    fieldValues { key value }
    timeline {
      __typename
      ... on TicketMessage { id kind internal body author { name } }
      ... on TicketEvent { id type fromStatus toStatus }
    }
  }
}`;

type Changed = { ticketChanged: { number: number; status: string; fieldValues: { key: string }[]; timeline: { body?: string }[] } };

const REPLY = `mutation ($number: Int!, $kind: TicketMessageKind!, $body: String!) { addTicketMessage(number: $number, kind: $kind, body: $body) { id } }`;

let app: TestApp;
const clients: LiveClient[] = [];
const open = (options: Parameters<typeof liveClient>[1]) => {
  const client = liveClient(app, options);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  app = await startTestApp({ seed: false, liveLimits: { sessionRecheckMs: 200, socketsPerSession: 2, subscriptionsPerSocket: 2 } });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(() => app?.close());

async function world() {
  const organization = await buildOrganization(app.dataSource);
  const contact = await buildContact(app.dataSource, { organizationId: organization.id });
  const agentRow = await buildAgent(app.dataSource, { organizationId: organization.id });
  const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: contact.id, status: 'open' });
  const wile = await signInAs(app, contact);
  const agent = await signInAs(app, agentRow);
  return { organization, contact, ticket, wile, agent };
}

const socketFor = (caller: Caller, origin?: string | null) => open({ host: caller.host, cookies: caller.cookies, origin });

describe('live tickets over the WebSocket', () => {
  it("gives a contact the agent's public reply, and never the internal note or an agent-only field", async () => {
    const { organization, ticket, wile, agent } = await world();
    const hidden = await buildCustomFieldDefinition(app.dataSource, { organizationId: organization.id, visibleToContact: false });
    const subscription = socketFor(wile).subscribe<Changed>(TICKET_CHANGED, { number: ticket.number });
    const first = await subscription.next();
    expect(first.data?.ticketChanged.number).toBe(ticket.number);

    ok(await agent.gql(REPLY, { number: ticket.number, kind: 'INTERNAL_NOTE', body: 'Secret: the customer is on the watch list' }));
    ok(
      await agent.gql(`mutation ($number: Int!, $input: UpdateTicketInput!) { updateTicket(number: $number, input: $input) { id } }`, {
        number: ticket.number,
        input: { customFields: [{ key: hidden.key, value: 'agents only' }] },
      }),
    );
    ok(await agent.gql(REPLY, { number: ticket.number, kind: 'PUBLIC_REPLY', body: 'We shipped a replacement.' }));

    const withReply = await subscription.waitFor((r) => JSON.stringify(r).includes('We shipped a replacement.'));
    expect(withReply.errors).toBeUndefined();
    const everything = JSON.stringify(subscription.results);
    expect(everything).not.toContain('watch list');
    expect(everything).not.toContain('INTERNAL_NOTE');
    expect(everything).not.toContain(hidden.key);
    expect(everything).not.toContain('agents only');
  });

  it('gives an agent the internal note and the new status as they happen', async () => {
    const { ticket, wile, agent } = await world();
    const subscription = socketFor(agent).subscribe<Changed>(TICKET_CHANGED, { number: ticket.number });
    await subscription.next();
    ok(await agent.gql(REPLY, { number: ticket.number, kind: 'INTERNAL_NOTE', body: 'Check the warehouse' }));
    await subscription.waitFor((r) => JSON.stringify(r).includes('Check the warehouse'));
    ok(await wile.gql(`mutation ($number: Int!) { markTicketSolved(number: $number) { id } }`, { number: ticket.number }));
    await subscription.waitFor((r) => r.data?.ticketChanged.status === 'SOLVED');
  });

  it('refuses a contact the agent-only fields of their own ticket, as a query does', async () => {
    const { ticket, wile } = await world();
    const subscription = socketFor(wile).subscribe(`subscription ($n: Int!) { ticketChanged(number: $n) { id internalNotes { body } } }`, {
      n: ticket.number,
    });
    const result = await subscription.next();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(result.data ?? null)).not.toContain('body');
  });

  it("answers NOT_FOUND for another contact's ticket and for another organization's ticket, as for a missing one", async () => {
    const mine = await world();
    const theirs = await world();
    const onlyMine = await buildTicket(app.dataSource, {
      organizationId: mine.organization.id,
      requesterId: mine.contact.id,
      number: 5000,
    });
    const stranger = await signInAs(app, await buildContact(app.dataSource, { organizationId: mine.organization.id }));
    for (const [caller, number] of [
      [stranger, mine.ticket.number],
      [theirs.agent, onlyMine.number],
      [theirs.agent, 999_999],
    ] as const) {
      const subscription = socketFor(caller).subscribe(TICKET_CHANGED, { number });
      const ended = (await subscription.ended) as { extensions?: { code?: string } }[] | null;
      const errors = [...subscription.results.flatMap((r) => r.errors ?? []), ...(Array.isArray(ended) ? ended : [])];
      expect(errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(subscription.results)).not.toContain(onlyMine.id);
    }
  });

  it("does not tell the other organization's agents about a ticket's changes", async () => {
    const mine = await world();
    const theirs = await world();
    const queue = socketFor(theirs.agent).subscribe(`subscription { organizationTicketChanged { id number } }`);
    const ownQueue = socketFor(mine.agent).subscribe<{ organizationTicketChanged: { id: string } }>(
      `subscription { organizationTicketChanged { id number } }`,
    );
    await waitUntil(() => app.services.live.changes.subscriberCount >= 2);
    ok(await mine.agent.gql(REPLY, { number: mine.ticket.number, kind: 'PUBLIC_REPLY', body: 'Hello' }));
    await ownQueue.waitFor((r) => r.data?.organizationTicketChanged.id === mine.ticket.id);
    await new Promise((r) => setTimeout(r, 300));
    expect(queue.results).toEqual([]);
  });
});

describe('the WebSocket upgrade', () => {
  it('opens for a signed-in page of its own host', async () => {
    const { wile, agent } = await world();
    expect(await upgradeOutcome(app, { host: wile.host, cookies: wile.cookies })).toBe('open');
    expect(await upgradeOutcome(app, { host: agent.host, cookies: agent.cookies })).toBe('open');
  });

  it('refuses a foreign Origin, a missing Origin and another scheme (no cross-site WebSocket hijacking)', async () => {
    const { wile } = await world();
    for (const origin of ['http://evil.example', `http://evil.example:${app.port}`, null, `https://${wile.host}:${app.port}`, 'null']) {
      expect(await upgradeOutcome(app, { host: wile.host, cookies: wile.cookies, origin })).toBe(403);
    }
  });

  it('refuses anonymous visitors, a session on the wrong host and unknown hosts', async () => {
    const { wile, agent } = await world();
    const other = await buildOrganization(app.dataSource);
    expect(await upgradeOutcome(app, { host: wile.host })).toBe(401);
    // A contact's cookie on another organization's portal, and on the agent app; an agent's on a portal.
    expect(await upgradeOutcome(app, { host: `${other.slug}.localhost`, cookies: wile.cookies })).toBe(401);
    expect(await upgradeOutcome(app, { host: 'localhost', cookies: wile.cookies })).toBe(401);
    expect(await upgradeOutcome(app, { host: wile.host, cookies: agent.cookies })).toBe(401);
    expect(await upgradeOutcome(app, { host: 'nowhere.example', cookies: wile.cookies })).toBe(404);
  });

  it('caps the sockets of one session', async () => {
    const { wile } = await world();
    const a = socketFor(wile);
    const b = socketFor(wile);
    await Promise.all([a, b].map((c) => c.subscribe(`subscription { myTicketChanged { id } }`)));
    await waitUntil(() => app.live.size >= 2);
    expect(await upgradeOutcome(app, { host: wile.host, cookies: wile.cookies })).toBe(429);
  });
});

describe('what a socket may run', () => {
  it('caps subscriptions per socket', async () => {
    const { ticket, wile } = await world();
    const socket = socketFor(wile);
    const first = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    const second = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    await first.next();
    await second.next();
    const third = socket.subscribe(TICKET_CHANGED, { number: ticket.number });
    const ended = (await third.ended) as { message: string }[];
    expect(ended[0].message).toMatch(/Too many subscriptions/);
  });

  it('runs subscriptions only: queries and mutations stay on HTTP', async () => {
    const { wile } = await world();
    const query = socketFor(wile).subscribe(`{ viewer { kind } }`);
    const ended = (await query.ended) as { message: string }[];
    expect(ended[0].message).toMatch(/Only subscriptions/);
  });

  it('applies the HTTP document limits', async () => {
    const { ticket, wile } = await world();
    const deep = `subscription { ticketChanged(number: ${ticket.number}) { ${'requesterOtherTickets { '.repeat(10)}id${' }'.repeat(10)} } }`;
    const aliases = `subscription { ticketChanged(number: ${ticket.number}) { ${Array.from({ length: 20 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    for (const document of [deep, aliases]) {
      const ended = (await socketFor(wile).subscribe(document).ended) as { extensions?: { code?: string } }[];
      expect(Array.isArray(ended) && ended.length > 0).toBe(true);
    }
  });
});

describe('ending a session closes its sockets', () => {
  it('closes the socket when the contact signs out', async () => {
    const { ticket, wile } = await world();
    const socket = socketFor(wile);
    await socket.subscribe(TICKET_CHANGED, { number: ticket.number }).next();
    const started = Date.now();
    ok(await wile.gql(`mutation { signOut }`));
    const closed = await socket.closed;
    expect(closed.code).toBe(SESSION_ENDED_CLOSE);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('closes the socket within seconds when the session expires', async () => {
    const { ticket, agent } = await world();
    const socket = socketFor(agent);
    await socket.subscribe(TICKET_CHANGED, { number: ticket.number }).next();
    const secret = agent.cookies.get('ac_session') ?? '';
    await app.dataSource.getRepository(Session).update({ tokenHash: sha256(secret) }, { expiresAt: new Date(Date.now() - 1000) });
    const closed = await socket.closed;
    expect(closed.code).toBe(SESSION_ENDED_CLOSE);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the socket in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({
      seed: false,
      // Plain HTTP so the test's page origin matches (production defaults to https).
      env: { NODE_ENV: 'production', PUBLIC_SCHEME: 'http', POSTMARK_SERVER_TOKEN: 'unused-in-this-test', SEED_DEMO_DATA: 'false' },
    });
  });
  afterAll(() => production?.close());

  it('answers no introspection and suggests no field names, whatever the document', async () => {
    const organization = await buildOrganization(production.dataSource);
    const contact = await buildContact(production.dataSource, { organizationId: organization.id });
    const ticket = await buildTicket(production.dataSource, { organizationId: organization.id, requesterId: contact.id });
    const wile = await signInAs(production, contact);
    const documents = [
      `{ __schema { types { name fields { name } } } }`,
      `subscription { __schema { types { name } } }`,
      `subscription { ticketChanged(number: ${ticket.number}) { __type(name: "Ticket") { name } } }`,
      `subscription { ticketChanged(number: ${ticket.number}) { internalNot } }`,
    ];
    for (const document of documents) {
      const client = liveClient(production, { host: wile.host, cookies: wile.cookies });
      try {
        await expect(client.subscribe(`subscription { ticketChanged(number: ${ticket.number}) { id } }`).next()).resolves.toBeDefined();
        const ended = await client.subscribe(document).ended;
        const text = JSON.stringify(ended);
        expect({ document, refused: Array.isArray(ended) && ended.length > 0 }).toEqual({ document, refused: true });
        expect(text).not.toMatch(/"types"|"fields"|Did you mean|internalNotes/);
      } finally {
        await client.dispose();
      }
    }
  });
});
