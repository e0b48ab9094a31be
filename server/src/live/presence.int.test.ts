import { buildAgent, buildContact, buildOrganization, buildTicket } from '../../test/factories';
import { ok, type Caller } from '../../test/graphql';
import { startTestApp, type TestApp } from '../../test/http';
import WebSocket from 'ws';
import { liveClient, type LiveClient } from '../../test/live';
import { signInAs } from '../../test/sign-in';

const PRESENCE = `subscription ($number: Int!) { ticketPresence(number: $number) { activity agent { id name } } }`;
const REPORT = `mutation ($number: Int!, $activity: TicketActivity!) { reportTicketActivity(number: $number, activity: $activity) }`;

type Presence = { ticketPresence: { activity: string; agent: { id: string; name: string } }[] };

let app: TestApp;
const clients: LiveClient[] = [];
const socketFor = (caller: Caller) => {
  const client = liveClient(app, { host: caller.host, cookies: caller.cookies });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  app = await startTestApp({ seed: false, liveLimits: { keepAliveMs: 300 } });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(() => app?.close());

async function twoAgentsOnATicket() {
  const organization = await buildOrganization(app.dataSource);
  const contact = await buildContact(app.dataSource, { organizationId: organization.id });
  const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: contact.id });
  const road = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id, name: 'Road Runner' }));
  const coyote = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id, name: 'Wile E.' }));
  return { organization, contact, ticket, road, coyote };
}

const names = (r: { data?: Presence | null }) => (r.data?.ticketPresence ?? []).map((v) => `${v.agent.name}:${v.activity}`);

describe('who else is on a ticket', () => {
  it('shows an agent who opens the ticket within a second, and clears them when their socket closes', async () => {
    const { ticket, road, coyote } = await twoAgentsOnATicket();
    const watching = socketFor(road).subscribe<Presence>(PRESENCE, { number: ticket.number });
    expect(names(await watching.next())).toEqual([]);

    const other = socketFor(coyote);
    await other.subscribe<Presence>(PRESENCE, { number: ticket.number }).next();
    const started = Date.now();
    await watching.waitFor((r) => names(r).join() === 'Wile E.:VIEWING', 1000);
    expect(Date.now() - started).toBeLessThan(1000);

    await other.dispose();
    await watching.waitFor((r) => watching.results.indexOf(r) > 1 && names(r).length === 0, 2000);
  });

  it('clears an agent whose connection drops without a goodbye (no pong to the keep-alive ping)', async () => {
    const { ticket, road, coyote } = await twoAgentsOnATicket();
    const watching = socketFor(road).subscribe<Presence>(PRESENCE, { number: ticket.number });
    await watching.next();
    // A raw graphql-transport-ws client that goes silent: it stops reading, so it never answers a ping.
    const cookie = [...coyote.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const host = `${coyote.host}:${app.port}`;
    const raw = new WebSocket(`ws://127.0.0.1:${app.port}/graphql`, 'graphql-transport-ws', {
      headers: { host, origin: `http://${host}`, cookie },
    });
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => raw.once('message', resolve));
    raw.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: PRESENCE, variables: { number: ticket.number } } }));
    await watching.waitFor((r) => names(r).join() === 'Wile E.:VIEWING');
    (raw as unknown as { _socket: { pause(): void } })._socket.pause();
    const before = watching.results.length;
    await watching.waitFor((r) => watching.results.indexOf(r) >= before && names(r).length === 0, 3000);
    raw.terminate();
  });

  it('shows who is typing a reply or a note, and drops it when they stop', async () => {
    const { ticket, road, coyote } = await twoAgentsOnATicket();
    const watching = socketFor(road).subscribe<Presence>(PRESENCE, { number: ticket.number });
    await watching.next();
    await socketFor(coyote).subscribe<Presence>(PRESENCE, { number: ticket.number }).next();
    await watching.waitFor((r) => names(r).join() === 'Wile E.:VIEWING');

    ok(await coyote.gql(REPORT, { number: ticket.number, activity: 'TYPING_NOTE' }));
    await watching.waitFor((r) => names(r).join() === 'Wile E.:TYPING_NOTE', 1000);
    ok(await coyote.gql(REPORT, { number: ticket.number, activity: 'VIEWING' }));
    const before = watching.results.length;
    await watching.waitFor((r) => watching.results.indexOf(r) >= before && names(r).join() === 'Wile E.:VIEWING', 1000);
  });

  it('is for agents of the ticket’s organization only', async () => {
    const { ticket, contact } = await twoAgentsOnATicket();
    const wile = await signInAs(app, contact);
    const asContact = socketFor(wile).subscribe(PRESENCE, { number: ticket.number });
    const ended = (await asContact.ended) as { extensions?: { code?: string } }[] | null;
    const codes = [...asContact.results.flatMap((r) => r.errors ?? []), ...(Array.isArray(ended) ? ended : [])].map(
      (e) => e.extensions?.code,
    );
    expect(codes).toEqual(['FORBIDDEN']);

    const stranger = await signInAs(
      app,
      await buildAgent(app.dataSource, { organizationId: (await buildOrganization(app.dataSource)).id }),
    );
    const foreign = socketFor(stranger).subscribe(PRESENCE, { number: ticket.number + 1000 });
    await foreign.ended;
    expect(JSON.stringify(foreign.results)).toContain('NOT_FOUND');
    expect(codesOf(await stranger.gql(REPORT, { number: ticket.number + 1000, activity: 'TYPING_REPLY' }))).toEqual(['NOT_FOUND']);
  });
});

const codesOf = (r: { errors: { extensions?: Record<string, unknown> }[] }) => r.errors.map((e) => e.extensions?.code);
