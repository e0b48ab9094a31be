import {
  buildAgent,
  buildContact,
  buildCustomFieldDefinition,
  buildIntakeForm,
  buildIntakeFormVersion,
  buildOrganization,
  buildTicket,
  buildTicketEvent,
  buildTicketFieldValue,
  buildTicketMessage,
} from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import { demoFormDefinition } from '../../db/seed/demo-form';
import { TICKET_PRIORITIES, TICKET_STATUSES } from './ticket.entity';
import { codes, type Caller } from '../../../test/graphql';
import { currentFormVersion } from '../../../test/tickets';
import { signInAs } from '../../../test/sign-in';
import { statementCounter } from '../../../test/statements';

interface QueueOrganization {
  organizationId: string;
  agent: Caller & { agent: { id: string } };
  formId: string;
  requesterIds: string[];
}

/** An organization with `size` tickets, each with a requester, a form version, a field value, a message and an event. */
async function buildQueueOrganization(app: TestApp, size: number): Promise<QueueOrganization> {
  const db = app.dataSource;
  const org = await buildOrganization(db);
  const organizationId = org.id;
  const me = await buildAgent(db, { organizationId });
  const colleague = await buildAgent(db, { organizationId });
  const definition = demoFormDefinition(['Rocket Skates']) as unknown as Record<string, unknown>;
  const form = await buildIntakeForm(db, {
    organizationId,
    slug: 'support',
    name: 'Support',
    draftDefinition: definition,
    draftMappings: {},
  });
  const version = await buildIntakeFormVersion(db, { formId: form.id, definition, mappings: {} });
  const field = await buildCustomFieldDefinition(db, {
    organizationId,
    key: 'product',
    label: 'Product',
    type: 'short_text',
    visibleToContact: true,
  });
  const requesterIds: string[] = [];
  for (let i = 0; i < size; i++) {
    // Every third ticket shares its requester with the one before, so requesterOtherTickets has work.
    const requesterId = i % 3 === 2 ? requesterIds[i - 1] : (await buildContact(db, { organizationId })).id;
    requesterIds.push(requesterId);
    const ticket = await buildTicket(db, {
      organizationId,
      requesterId,
      ...(i === 7 ? { subject: 'Rocket skates squeak on gravel' } : {}),
      status: TICKET_STATUSES[i % TICKET_STATUSES.length],
      priority: TICKET_PRIORITIES[i % TICKET_PRIORITIES.length],
      assigneeId: [me.id, colleague.id, null][i % 3],
      formVersionId: version.id,
      answers: { subject: `Question ${i}`, topic: 'other', description: 'A long enough description.' },
    });
    const ticketId = ticket.id;
    await buildTicketFieldValue(db, { ticketId, fieldId: field.id, value: `value ${i}` });
    await buildTicketMessage(db, { ticketId, kind: 'public_reply', authorContactId: requesterId, body: `Body ${i}` });
    await buildTicketMessage(db, { ticketId, kind: 'internal_note', authorAgentId: me.id, body: `Note ${i}` });
    await buildTicketEvent(db, { ticketId, type: 'created', actorContactId: requesterId, data: {}, visibleToContact: true });
  }
  const agent = await signInAs(app, me);
  return { organizationId, agent, formId: form.id, requesterIds };
}

interface Page {
  ticketQueue: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { number: number; status: string; assignee: { id: string } | null }[];
  };
}

const QUEUE = `query ($view: TicketQueueView, $filter: TicketQueueFilter, $sort: TicketQueueSort, $first: Int, $after: String) {
  ticketQueue(view: $view, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { number status assignee { id } }
  }
}`;

describe('the agent queue', () => {
  let app: TestApp;
  let org: QueueOrganization;
  const queue = (variables: Record<string, unknown>, who: Caller = org.agent) => who.gql<Page>(QUEUE, variables);

  beforeAll(async () => {
    app = await startTestApp();
    org = await buildQueueOrganization(app, 23);
  });

  afterAll(() => app?.close());

  it('holds in each view what the view promises, and the counts agree', async () => {
    const counts = await org.agent.gql<{ ticketQueueCounts: Record<string, number> }>(
      `{ ticketQueueCounts { unassigned mine open pending solved all } }`,
    );
    const promises: Record<string, (t: Page['ticketQueue']['nodes'][number]) => boolean> = {
      UNASSIGNED: (t) => t.assignee === null && ['NEW', 'OPEN', 'PENDING'].includes(t.status),
      MINE: (t) => t.assignee?.id === org.agent.agent.id && ['NEW', 'OPEN', 'PENDING'].includes(t.status),
      OPEN: (t) => ['NEW', 'OPEN'].includes(t.status),
      PENDING: (t) => t.status === 'PENDING',
      SOLVED: (t) => t.status === 'SOLVED',
      ALL: () => true,
    };
    for (const [view, holds] of Object.entries(promises)) {
      const page = (await queue({ view, first: 100 })).data!.ticketQueue;
      expect(page.nodes.every(holds)).toBe(true);
      expect(page.totalCount).toBe(page.nodes.length);
      expect(counts.data?.ticketQueueCounts[view.toLowerCase()]).toBe(page.totalCount);
    }
    expect(counts.data?.ticketQueueCounts.all).toBe(23);
  });

  it('narrows a view by status, priority, assignee, requester, form and search', async () => {
    const total = async (filter: Record<string, unknown>) => (await queue({ filter, first: 100 })).data?.ticketQueue.totalCount;
    const pendingOrSolved = (await queue({ filter: { status: ['PENDING', 'SOLVED'] }, first: 100 })).data!.ticketQueue.nodes;
    expect(pendingOrSolved.length).toBeGreaterThan(0);
    expect(pendingOrSolved.every((t) => ['PENDING', 'SOLVED'].includes(t.status))).toBe(true);
    expect(await total({ priority: 'URGENT' })).toBe(5);
    expect(await total({ assigneeId: org.agent.agent.id })).toBe(8);
    expect(await total({ requesterId: org.requesterIds[1] })).toBe(2);
    expect(await total({ formId: org.formId })).toBe(23);
    expect(await total({ formId: (await currentFormVersion(app.dataSource, 'acme')).formId })).toBe(0);
    expect(await total({ search: 'squeak' })).toBe(1);
    const byNumber = await queue({ filter: { search: '#3' }, first: 100 });
    expect(byNumber.data?.ticketQueue.nodes.map((t) => t.number)).toEqual([3]);
  });

  it('reads every ticket exactly once across pages, in every order', async () => {
    // Ties on the sort value are the hard case for keyset pagination: give ten tickets one timestamp.
    await app.dataSource.query(
      `UPDATE tickets SET updated_at = '2026-01-01T00:00:00.123456Z', created_at = '2026-01-01T00:00:00.123456Z' WHERE organization_id = $1 AND number <= 10`,
      [org.organizationId],
    );
    const orderSql: Record<string, string> = {
      UPDATED_AT: 'updated_at',
      CREATED_AT: 'created_at',
      NUMBER: 'number',
      PRIORITY: `CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END`,
    };
    for (const [field, sql] of Object.entries(orderSql)) {
      for (const direction of ['ASC', 'DESC']) {
        const expected: { number: number }[] = await app.dataSource.query(
          `SELECT number FROM tickets WHERE organization_id = $1 ORDER BY ${sql} ${direction}, id ${direction}`,
          [org.organizationId],
        );
        const seen: number[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 20; guard++) {
          const page: Page['ticketQueue'] = (await queue({ sort: { field, direction }, first: 4, after })).data!.ticketQueue;
          seen.push(...page.nodes.map((t) => t.number));
          expect(page.totalCount).toBe(23);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect({ field, direction, seen }).toEqual({ field, direction, seen: expected.map((r) => r.number) });
      }
    }
  });

  it('refuses a cursor made for another order, view, filter or organization, a forged one, and pages out of bounds', async () => {
    const first = (await queue({ sort: { field: 'NUMBER', direction: 'ASC' }, first: 2 })).data!.ticketQueue.pageInfo.endCursor!;
    const allViews = (await queue({ view: 'ALL', first: 2 })).data!.ticketQueue.pageInfo.endCursor!;
    const otherOrder = await queue({ sort: { field: 'UPDATED_AT', direction: 'DESC' }, after: first });
    const otherView = await queue({ view: 'MINE', after: allViews });
    const otherFilter = await queue({ view: 'ALL', filter: { priority: 'URGENT' }, after: allViews });
    // The same view and order in another organization: the cursor names a position in this one.
    const stranger = await buildQueueOrganization(app, 1);
    const otherOrganization = await queue({ view: 'ALL', after: allViews }, stranger.agent);
    // A well-formed cursor whose position was edited keeps its old signature: refused, not a different page.
    const [, id, mac] = JSON.parse(Buffer.from(allViews, 'base64url').toString('utf8')) as string[];
    const edited = Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000000Z', id, mac])).toString('base64url');
    const forged = await queue({ after: edited });
    const injected = await queue({ after: Buffer.from(JSON.stringify(["1' OR 1=1", 'x', 'y'])).toString('base64url') });
    const garbage = await queue({ after: 'not a cursor' });
    for (const result of [otherOrder, otherView, otherFilter, otherOrganization, forged, injected, garbage]) {
      expect(result.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'after']]);
    }
    expect((await queue({ view: 'ALL', after: allViews })).errors).toEqual([]);
    for (const first of [0, -1, 101]) expect(codes(await queue({ first }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await queue({ filter: { assigneeId: 'not-an-id' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('counts at most 1,000 tickets per list and per view, and says when it stopped', async () => {
    const big = await buildQueueOrganization(app, 1);
    const requesterId = big.requesterIds[0];
    await app.dataSource.query(
      `INSERT INTO tickets (organization_id, number, subject, requester_id, status)
       SELECT $1, 100 + n, 'Bulk ' || n, $2, CASE WHEN n % 2 = 0 THEN 'solved' ELSE 'new' END FROM generate_series(1, 2100) n`,
      [big.organizationId, requesterId],
    );
    const list = (await queue({ view: 'ALL', first: 5 }, big.agent)).data!.ticketQueue as Page['ticketQueue'] & {
      totalCountCapped: boolean;
    };
    expect(list.totalCount).toBe(1000);
    const capped = await big.agent.gql<{ ticketQueue: { totalCount: number; totalCountCapped: boolean } }>(
      `{ ticketQueue(view: ALL, first: 5) { totalCount totalCountCapped } }`,
    );
    expect(capped.data?.ticketQueue).toEqual({ totalCount: 1000, totalCountCapped: true });
    const exact = await big.agent.gql<{ ticketQueue: { totalCount: number; totalCountCapped: boolean } }>(
      `{ ticketQueue(view: ALL, first: 5, filter: { search: "Bulk 2099" }) { totalCount totalCountCapped } }`,
    );
    expect(exact.data?.ticketQueue).toEqual({ totalCount: 1, totalCountCapped: false });
    const counts = await big.agent.gql<{ ticketQueueCounts: Record<string, number> }>(
      `{ ticketQueueCounts { countLimit unassigned mine open pending solved all } }`,
    );
    // 1,050 new and unassigned, 1,050 solved, and the one built ticket: past the limit, a count reads limit + 1.
    expect(counts.data?.ticketQueueCounts).toMatchObject({ countLimit: 1000, unassigned: 1001, solved: 1001, all: 1001, pending: 0 });
  });
});

describe('the cost of a queue page', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    // The mail worker polls the same database; stopped, it cannot add statements to the count.
    await app.services.outbox.worker.stop();
  });

  afterAll(() => app?.close());

  const EVERYTHING = `query ($first: Int!) {
    ticketQueue(view: ALL, first: $first) {
      totalCount
      nodes {
        number subject status priority
        requester { name email }
        assignee { name email }
        form { name version }
        answers { label value }
        fieldValues { key displayValue }
        timeline { __typename ... on TicketMessage { body author { name } } ... on TicketEvent { type } }
        requesterOtherTickets { number }
      }
    }
  }`;

  it('is the same number of SQL statements for 10 tickets as for 50', async () => {
    const counts: number[] = [];
    for (const size of [10, 50]) {
      const org = await buildQueueOrganization(app, size);
      await org.agent.gql(`{ ticketQueueCounts { all } }`); // first request of the session, so both runs start alike
      const counter = statementCounter(app.dataSource);
      const result = await org.agent.gql<{ ticketQueue: { nodes: unknown[] } }>(EVERYTHING, { first: 100 });
      expect(result.errors).toEqual([]);
      expect(result.data?.ticketQueue.nodes).toHaveLength(size);
      counter.stop();
      counts.push(counter.count);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(15);
  });
});

describe("the cost of a contact's request list", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    await app.services.outbox.worker.stop();
  });

  afterAll(() => app?.close());

  const MY_LIST = `query ($first: Int!) {
    myTickets(first: $first) {
      totalCount
      nodes { number subject status requester { name } form { name version } fieldValues { key displayValue } }
    }
  }`;

  it('is the same number of SQL statements for 10 requests as for 50', async () => {
    const counts: number[] = [];
    for (const size of [10, 50]) {
      const org = await buildOrganization(app.dataSource);
      const contact = await buildContact(app.dataSource, { organizationId: org.id });
      const definition = demoFormDefinition(['Rocket Skates']) as unknown as Record<string, unknown>;
      const form = await buildIntakeForm(app.dataSource, {
        organizationId: org.id,
        slug: 'support',
        name: 'Support',
        draftDefinition: definition,
        draftMappings: {},
      });
      const version = await buildIntakeFormVersion(app.dataSource, { formId: form.id, definition, mappings: {} });
      const field = await buildCustomFieldDefinition(app.dataSource, {
        organizationId: org.id,
        key: 'product',
        label: 'Product',
        type: 'short_text',
        visibleToContact: true,
      });
      for (let i = 0; i < size; i++) {
        const ticket = await buildTicket(app.dataSource, { organizationId: org.id, requesterId: contact.id, formVersionId: version.id });
        await buildTicketFieldValue(app.dataSource, { ticketId: ticket.id, fieldId: field.id, value: `v${i}` });
      }
      const me = await signInAs(app, contact);
      await me.gql(`{ viewer { kind } }`); // first request of the session, so both runs start alike
      const counter = statementCounter(app.dataSource);
      const result = await me.gql<{ myTickets: { nodes: unknown[] } }>(MY_LIST, { first: 100 });
      counter.stop();
      expect(result.errors).toEqual([]);
      expect(result.data?.myTickets.nodes).toHaveLength(size);
      counts.push(counter.count);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
