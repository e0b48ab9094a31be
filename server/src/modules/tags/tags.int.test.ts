import { startTestApp, type TestApp } from '../../../test/http';
import { codes, ok, type Caller } from '../../../test/graphql';
import { signInAgent } from '../../../test/sign-in';
import { buildTicket } from '../../../test/factories';
import { Organization } from '../organizations/organization.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { Ticket } from '../tickets/ticket.entity';

// Tags on seeded Acme (issue 17.3): agents tag and untag tickets (one history entry per change),
// find tags by prefix, filter the queue by a tag; admins rename and merge; nothing crosses organizations.

const ADD = `mutation ($n: Int!, $name: String!) { addTicketTag(number: $n, name: $name) { number tags { id name } } }`;
const REMOVE = `mutation ($n: Int!, $id: ID!) { removeTicketTag(number: $n, tagId: $id) { number tags { id name } } }`;
const SUGGEST = `query ($s: String) { tags(search: $s) { id name } }`;
const QUEUE = `query ($tagId: ID!) { ticketQueue(view: ALL, filter: { tagId: $tagId }) { totalCount nodes { number } } }`;
const COUNTS = `{ tagsWithCounts { id name ticketCount } }`;
const RENAME = `mutation ($id: ID!, $name: String!) { renameTag(id: $id, name: $name) { id name ticketCount } }`;
const MERGE = `mutation ($s: ID!, $t: ID!) { mergeTags(sourceId: $s, targetId: $t) { id name ticketCount } }`;

type Tagged = { addTicketTag: { number: number; tags: { id: string; name: string }[] } };

describe('tags', () => {
  let app: TestApp;
  let admin: Caller;
  let agent: Caller;
  let globexAgent: Caller;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAgent(app, 'acme', 'admin@acme.test');
    agent = await signInAgent(app, 'acme', 'agent@acme.test');
    globexAgent = await signInAgent(app, 'globex', 'admin@globex.test');
  });
  afterAll(() => app?.close());

  const tag = async (who: Caller, n: number, name: string) => ok(await who.gql<Tagged>(ADD, { n, name })).addTicketTag;
  const events = async (slug: string, number: number, type: string) => {
    const org = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug });
    const ticket = await app.dataSource.getRepository(Ticket).findOneByOrFail({ organizationId: org.id, number });
    return app.dataSource.getRepository(TicketEvent).findBy({ ticketId: ticket.id, type });
  };

  it('an agent tags a ticket: the name is normalized, tagging twice changes nothing, each change is one history entry', async () => {
    const first = await tag(agent, 1, '  Rocket   SKATES ');
    expect(first.tags.map((t) => t.name)).toEqual(['rocket skates']);
    const again = await tag(agent, 1, 'rocket skates');
    expect(again.tags).toEqual(first.tags);
    expect((await events('acme', 1, 'tag_added')).map((e) => e.data)).toEqual([{ tagId: first.tags[0].id, name: 'rocket skates' }]);

    const removed = ok(await agent.gql<{ removeTicketTag: { tags: unknown[] } }>(REMOVE, { n: 1, id: first.tags[0].id })).removeTicketTag;
    expect(removed.tags).toEqual([]);
    expect(await events('acme', 1, 'tag_removed')).toHaveLength(1);
  });

  it('refuses an empty or too long tag by field', async () => {
    for (const name of ['   ', 'x'.repeat(51)]) {
      const result = await agent.gql(ADD, { n: 2, name });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors[0].extensions?.field).toBe('name');
    }
  });

  it('suggests tags by prefix, and never another organization’s', async () => {
    await tag(agent, 2, 'billing');
    await tag(agent, 3, 'bug');
    await tag(globexAgent, 2, 'billing-globex');
    const found = ok(await agent.gql<{ tags: { name: string }[] }>(SUGGEST, { s: 'Bi' })).tags.map((t) => t.name);
    expect(found).toEqual(['billing']);
    const everything = ok(await agent.gql<{ tags: { name: string }[] }>(SUGGEST, {})).tags.map((t) => t.name);
    expect(everything).not.toContain('billing-globex');
    expect(everything).toEqual(expect.arrayContaining(['billing', 'bug']));
  });

  it('filters the queue by a tag, and another organization’s tag id finds nothing', async () => {
    const billing = (await tag(agent, 4, 'billing')).tags.find((t) => t.name === 'billing')!;
    const queue = ok(await agent.gql<{ ticketQueue: { totalCount: number; nodes: { number: number }[] } }>(QUEUE, { tagId: billing.id }));
    expect(queue.ticketQueue.nodes.map((t) => t.number).sort()).toEqual([2, 4]);
    const fromGlobex = ok(await globexAgent.gql<{ ticketQueue: { totalCount: number } }>(QUEUE, { tagId: billing.id }));
    expect(fromGlobex.ticketQueue.totalCount).toBe(0);
  });

  it('an admin renames a tag (not onto another tag’s name) and merges one into another; agents may not', async () => {
    const acme = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' });
    const extra = await buildTicket(app.dataSource, { organizationId: acme.id });
    const invoices = (await tag(agent, extra.number, 'invoices')).tags[0];
    await tag(agent, extra.number, 'billing');
    await tag(agent, 6, 'invoices');
    const billing = ok(await agent.gql<{ tags: { id: string; name: string }[] }>(SUGGEST, { s: 'billing' })).tags[0];

    expect(codes(await agent.gql(RENAME, { id: invoices.id, name: 'invoice' }))).toEqual(['FORBIDDEN']);
    const clash = await admin.gql(RENAME, { id: invoices.id, name: 'Billing' });
    expect(codes(clash)).toEqual(['BAD_USER_INPUT']);
    expect(clash.errors[0].message).toContain('merge');
    const renamed = ok(await admin.gql<{ renameTag: { name: string; ticketCount: number } }>(RENAME, { id: invoices.id, name: 'Invoice' }));
    expect(renamed.renameTag).toEqual({ id: invoices.id, name: 'invoice', ticketCount: 2 });

    expect(codes(await admin.gql(MERGE, { s: invoices.id, t: invoices.id }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await agent.gql(MERGE, { s: invoices.id, t: billing.id }))).toEqual(['FORBIDDEN']);
    // Billing had #2, #4 and the extra ticket; invoice had the extra ticket (counted once) and #6.
    const merged = ok(await admin.gql<{ mergeTags: { id: string; ticketCount: number } }>(MERGE, { s: invoices.id, t: billing.id }));
    expect(merged.mergeTags).toEqual({ id: billing.id, name: 'billing', ticketCount: 4 });
    const counts = ok(await admin.gql<{ tagsWithCounts: { name: string }[] }>(COUNTS)).tagsWithCounts.map((t) => t.name);
    expect(counts).not.toContain('invoice');
    expect(codes(await globexAgent.gql(MERGE, { s: billing.id, t: billing.id }))).toEqual(['NOT_FOUND']);
  });
});
