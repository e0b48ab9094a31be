import { startTestApp, type TestApp } from '../../../test/http';
import { codes, ok, type Caller } from '../../../test/graphql';
import { signInAgent } from '../../../test/sign-in';
import { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Ticket } from '../tickets/ticket.entity';

// Canned replies on seeded Acme (issue 17.2): placeholders checked when saved and filled by the
// shared renderer; applying one sends the edited reply and runs its actions in one transaction.

const CREATE = `mutation ($input: MacroInput!) { createMacro(input: $input) { id name body shared actions { status priority addTags removeTags } } }`;
const LIST = `query ($s: String) { macros(search: $s) { id name shared } }`;
const RENDER = `query ($id: ID!, $n: Int!) { renderedMacro(id: $id, number: $n) }`;
const APPLY = `mutation ($n: Int!, $id: ID!, $body: String!) { applyMacro(number: $n, macroId: $id, body: $body) { status priority tags { name } } }`;

describe('canned replies', () => {
  let app: TestApp;
  let admin: Caller;
  let agent: Caller;
  let globex: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
    agent = await signInAgent(app, 'acme', 'agent@acme.test');
    globex = await signInAgent(app, 'globex', 'admin@globex.test');
  });
  afterAll(() => app?.close());

  const create = async (who: Caller, input: Record<string, unknown>) =>
    ok(await who.gql<{ createMacro: { id: string; shared: boolean } }>(CREATE, { input })).createMacro;
  const ticketOf = async (number: number) => {
    const org = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
    return app.dataSource.getRepository(Ticket).findOneByOrFail({ organizationId: org.id, number });
  };

  it('refuses an unknown placeholder when saved, naming it', async () => {
    const result = await agent.gql(CREATE, {
      input: { name: 'Oops', body: 'Hi {{requester.firstname}}, see {{ticket.url}} for #{{ticket.number}}' },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe('body');
    expect(result.errors[0].message).toMatch(/^Unknown placeholders: \{\{requester\.firstname\}\}, \{\{ticket\.url\}\}\. Use /);
  });

  it('lets only admins share; each agent sees the shared ones and their own, never another agent’s or organization’s', async () => {
    expect(codes(await agent.gql(CREATE, { input: { name: 'Team', body: 'x', shared: true } }))).toEqual(['FORBIDDEN']);
    const shared = await create(admin, { name: 'Zz shared greeting', body: 'Hello', shared: true });
    const mine = await create(agent, { name: 'Zz my sign-off', body: 'Cheers, {{agent.first_name}}' });
    const adminsOwn = await create(admin, { name: 'Zz admin private', body: 'Private' });
    const seen = ok(await agent.gql<{ macros: { id: string }[] }>(LIST, { s: 'zz' })).macros.map((m) => m.id);
    expect(seen.sort()).toEqual([shared.id, mine.id].sort());
    expect(seen).not.toContain(adminsOwn.id);
    expect(ok(await globex.gql<{ macros: { id: string }[] }>(LIST, { s: 'zz' })).macros).toEqual([]);
    expect(codes(await globex.gql(RENDER, { id: shared.id, n: 1 }))).toEqual(['NOT_FOUND']);
    expect(codes(await agent.gql(RENDER, { id: adminsOwn.id, n: 1 }))).toEqual(['NOT_FOUND']);
  });

  it('fills the placeholders for the ticket, its requester and the agent', async () => {
    const macro = await create(agent, {
      name: 'Greeting',
      body: 'Hi {{requester.first_name}} ({{requester.email}}), about #{{ticket.number}} “{{ticket.subject}}”. {{agent.name}}',
    });
    const text = ok(await agent.gql<{ renderedMacro: string }>(RENDER, { id: macro.id, n: 1 })).renderedMacro;
    expect(text).toBe('Hi Wile (wile@coyote.test), about #1 “Cannot sign in on my new laptop”. Arthur Agent');
  });

  it('sends the edited reply and applies every action with one history entry each', async () => {
    const macro = await create(admin, {
      name: 'Solve with thanks',
      body: 'Thanks {{requester.first_name}}!',
      shared: true,
      actions: { status: 'SOLVED', priority: 'LOW', addTags: ['Thanked', 'done'], removeTags: ['billing'] },
    });
    const before = await ticketOf(2);
    await admin.gql(`mutation { addTicketTag(number: 2, name: "billing") { number } }`);
    const eventsBefore = await app.dataSource.getRepository(TicketEvent).countBy({ ticketId: before.id });
    const applied = ok(
      await agent.gql<{ applyMacro: { status: string; priority: string; tags: { name: string }[] } }>(APPLY, {
        n: 2,
        id: macro.id,
        body: 'Thanks Wile, all fixed!',
      }),
    );
    expect(applied.applyMacro).toEqual({
      status: 'SOLVED',
      priority: 'LOW',
      tags: [{ name: 'done' }, { name: 'thanked' }, { name: 'vip' }],
    });
    const events = await app.dataSource.getRepository(TicketEvent).find({ where: { ticketId: before.id }, order: { createdAt: 'ASC' } });
    expect(
      events
        .slice(eventsBefore)
        .map((e) => e.type)
        .sort(),
    ).toEqual(['priority_changed', 'status_changed', 'tag_added', 'tag_added', 'tag_removed'].sort());
    const replies = await app.dataSource.getRepository(TicketMessage).findBy({ ticketId: before.id, body: 'Thanks Wile, all fixed!' });
    expect(replies).toHaveLength(1);
  });

  it('changes nothing when one action fails: no reply, no tag, no status', async () => {
    // The custom field exists when saved; its value is checked when applied, and this one is not an option.
    const macro = await create(agent, {
      name: 'Broken',
      body: 'Sorry',
      actions: { status: 'PENDING', addTags: ['should-not-stay'], customFields: [{ key: 'product', value: 'not-a-product' }] },
    });
    const ticket = await ticketOf(1);
    const events = await app.dataSource.getRepository(TicketEvent).countBy({ ticketId: ticket.id });
    const messages = await app.dataSource.getRepository(TicketMessage).countBy({ ticketId: ticket.id });
    const result = await agent.gql(APPLY, { n: 1, id: macro.id, body: 'This reply must not be sent' });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await app.dataSource.getRepository(TicketEvent).countBy({ ticketId: ticket.id })).toBe(events);
    expect(await app.dataSource.getRepository(TicketMessage).countBy({ ticketId: ticket.id })).toBe(messages);
    expect((await ticketOf(1)).status).toBe(ticket.status);
    const tags = ok(await agent.gql<{ tags: unknown[] }>(`{ tags(search: "should-not") { name } }`)).tags;
    expect(tags).toEqual([]);
  });
});
