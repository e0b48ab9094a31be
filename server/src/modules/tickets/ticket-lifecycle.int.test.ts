import { startTestApp, type TestApp } from '../../../test/http';
import { Agent } from '../agents/agent.entity';
import { Organization } from '../organizations/organization.entity';
import { TicketEvent } from './ticket-event.entity';
import { TicketMessage } from './ticket-message.entity';
import { Ticket } from './ticket.entity';
import { codes, ok, type Caller } from '../../../test/graphql';
import { emailsTo } from '../../../test/emails';
import { signInAgent, signInContact } from '../../../test/sign-in';

// Seeded Acme: Wile requested #1 (new), #2 (open), #5 (closed); Road Runner #3 (pending), #4 (solved).
const WILE = 'wile@coyote.test';
const ROAD = 'road@runner.test';

describe("a ticket's life", () => {
  let app: TestApp;
  let wile: Caller & { contact: { id: string } };
  let road: Caller;
  let agent: Caller & { agent: Agent };
  let acmeId: string;

  const ticketRow = (number: number) => app.dataSource.getRepository(Ticket).findOneByOrFail({ organizationId: acmeId, number });
  const agentView = (number: number) =>
    agent.gql<{
      agentTicket: {
        status: string;
        priority: string;
        assignee: { id: string } | null;
        events: { type: string; details: Record<string, unknown>; actor: { id: string } }[];
      };
    }>(`query ($n: Int!) { agentTicket(number: $n) { status priority assignee { id } events { type details actor { id } } } }`, {
      n: number,
    });
  const contactTimeline = (who: Caller, number: number) =>
    who.gql<{
      ticket: {
        status: string;
        solvedAt: string | null;
        timeline: { __typename: string; body?: string; type?: string; fromStatus?: string; toStatus?: string }[];
      };
    }>(
      `query ($n: Int!) { ticket(number: $n) { status solvedAt timeline { __typename ... on TicketMessage { body } ... on TicketEvent { type fromStatus toStatus } } } }`,
      { n: number },
    );

  beforeAll(async () => {
    app = await startTestApp();
    acmeId = (await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'acme' })).id;
    wile = await signInContact(app, 'acme', WILE);
    road = await signInContact(app, 'acme', ROAD);
    agent = await signInAgent(app, 'acme', 'agent@acme.test');
  });

  afterAll(() => app?.close());

  describe('for the requester', () => {
    it('a reply reopens a solved request, and the requester sees why', async () => {
      const result = await road.gql<{ replyToTicket: { status: string; solvedAt: string | null } }>(
        `mutation { replyToTicket(number: 4, body: "It happened again.") { status solvedAt } }`,
      );
      expect(result.data?.replyToTicket).toEqual({ status: 'OPEN', solvedAt: null });
      const timeline = (await contactTimeline(road, 4)).data!.ticket.timeline;
      expect(timeline.slice(-2)).toEqual([
        { __typename: 'TicketEvent', type: 'STATUS_CHANGED', fromStatus: 'SOLVED', toStatus: 'OPEN' },
        { __typename: 'TicketMessage', body: 'It happened again.' },
      ]);
    });

    it('a reply to a request waiting on the requester puts it back with the agents', async () => {
      const result = await road.gql<{ replyToTicket: { status: string } }>(
        `mutation { replyToTicket(number: 3, body: "Serial is 42-AB.") { status } }`,
      );
      expect(result.data?.replyToTicket.status).toBe('OPEN');
    });

    it('refuses an empty reply, naming the field', async () => {
      const result = await wile.gql(`mutation { replyToTicket(number: 1, body: "   ") { status } }`);
      expect(result.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'body']]);
    });

    it('a closed request is read-only', async () => {
      const before = await app.dataSource.getRepository(TicketMessage).countBy({ ticketId: (await ticketRow(5)).id });
      expect(codes(await wile.gql(`mutation { replyToTicket(number: 5, body: "One more thing") { status } }`))).toEqual(['FORBIDDEN']);
      expect(codes(await wile.gql(`mutation { markTicketSolved(number: 5) { status } }`))).toEqual(['FORBIDDEN']);
      expect(codes(await agent.gql(`mutation { addTicketMessage(number: 5, kind: INTERNAL_NOTE, body: "x") { status } }`))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await agent.gql(`mutation { updateTicket(number: 5, input: { status: OPEN }) { status } }`))).toEqual(['FORBIDDEN']);
      expect(await app.dataSource.getRepository(TicketMessage).countBy({ ticketId: (await ticketRow(5)).id })).toBe(before);
      expect((await ticketRow(5)).status).toBe('closed');
    });

    it('can mark a request solved', async () => {
      const result = await wile.gql<{ markTicketSolved: { status: string; solvedAt: string | null } }>(
        `mutation { markTicketSolved(number: 1) { status solvedAt } }`,
      );
      expect(result.data?.markTicketSolved.status).toBe('SOLVED');
      expect(result.data?.markTicketSolved.solvedAt).not.toBeNull();
      const events = await app.dataSource.getRepository(TicketEvent).findBy({ ticketId: (await ticketRow(1)).id, type: 'status_changed' });
      expect(events.at(-1)).toMatchObject({ actorContactId: wile.contact.id, data: { from: 'new', to: 'solved' }, visibleToContact: true });
    });

    it('can reopen a solved request in one step, with the change in its history, and nothing else', async () => {
      ok(await wile.gql(`mutation { markTicketSolved(number: 1) { status } }`));
      const result = await wile.gql<{ reopenTicket: { status: string; solvedAt: string | null } }>(
        `mutation { reopenTicket(number: 1) { status solvedAt } }`,
      );
      expect(result.data?.reopenTicket).toEqual({ status: 'OPEN', solvedAt: null });
      const events = await app.dataSource.getRepository(TicketEvent).findBy({ ticketId: (await ticketRow(1)).id, type: 'status_changed' });
      expect(events.map((e) => e.data)).toContainEqual({ from: 'solved', to: 'open' });
      // Only a solved request reopens: an open one is refused and unchanged, a closed one is read-only.
      expect(codes(await wile.gql(`mutation { reopenTicket(number: 1) { status } }`))).toEqual(['FORBIDDEN']);
      expect((await ticketRow(1)).status).toBe('open');
    });

    it('can change a status no other way', async () => {
      const before = await ticketRow(2);
      for (const status of ['CLOSED', 'PENDING', 'OPEN', 'NEW']) {
        const result = await wile.gql(`mutation ($s: TicketStatus!) { updateTicket(number: 2, input: { status: $s }) { status } }`, {
          s: status,
        });
        expect(result.data).toBeNull();
        expect(result.errors).toHaveLength(1);
      }
      expect(await ticketRow(2)).toEqual(before);
    });

    // Denied by @Authorized(Role.Agent) on updateTicket; graphql/errors.ts masks type-graphql's
    // denial (code UNAUTHORIZED) as INTERNAL_SERVER_ERROR today. Make this `it` once it maps it.
    it('answers FORBIDDEN to any other status change', async () => {
      const result = await wile.gql(`mutation { updateTicket(number: 2, input: { status: CLOSED }) { status } }`);
      expect(codes(result)).toEqual(['FORBIDDEN']);
    });
  });

  describe('for agents', () => {
    it('emails a public reply to the requester with a link to the request, and the requester sees it', async () => {
      const nudge = jest.spyOn(app.services.outbox.worker, 'nudge');
      const before = (await emailsTo(app.dataSource, WILE)).length;
      const result = await agent.gql<{ addTicketMessage: { status: string } }>(
        `mutation { addTicketMessage(number: 2, kind: PUBLIC_REPLY, body: "The corrected invoice is attached.") { status } }`,
      );
      expect(result.errors).toEqual([]);
      const mails = await emailsTo(app.dataSource, WILE);
      expect(mails).toHaveLength(before + 1);
      expect(mails[0]).toMatchObject({ tag: 'agent-reply', fromName: 'Acme' });
      expect(mails[0].subject).toContain('#2');
      expect(mails[0].textBody).toContain('The corrected invoice is attached.');
      expect(mails[0].textBody).toContain(`http://acme.localhost:${app.port}/requests/2`);
      expect(nudge).toHaveBeenCalled();
      nudge.mockRestore();
      const timeline = (await contactTimeline(wile, 2)).data!.ticket.timeline;
      expect(timeline.at(-1)).toEqual({ __typename: 'TicketMessage', body: 'The corrected invoice is attached.' });
    });

    it('a public reply to a new ticket opens it', async () => {
      const road2 = await road.gql<{ submitRequest: { number: number } }>(
        `mutation ($v: ID!) { submitRequest(input: { formVersionId: $v, answers: { subject: "Skates", topic: "other", description: "They squeak a lot." } }) { number } }`,
        { v: (await ticketRow(1)).formVersionId },
      );
      const number = road2.data!.submitRequest.number;
      await agent.gql(`mutation ($n: Int!) { addTicketMessage(number: $n, kind: PUBLIC_REPLY, body: "Looking into it.") { status } }`, {
        n: number,
      });
      expect((await ticketRow(number)).status).toBe('open');
    });

    it('never emails an internal note, nor shows it to the requester', async () => {
      const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM outgoing_emails`);
      const result = await agent.gql(
        `mutation { addTicketMessage(number: 2, kind: INTERNAL_NOTE, body: "Customer is on the legacy plan.") { status } }`,
      );
      expect(result.errors).toEqual([]);
      expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM outgoing_emails`)).toEqual(before);
      expect(JSON.stringify(await contactTimeline(wile, 2))).not.toContain('legacy plan');
    });

    it('records every change with its author and old and new values, showing the requester only status changes', async () => {
      const admin = await app.dataSource.getRepository(Agent).findOneByOrFail({ organizationId: acmeId, email: 'admin@acme.test' });
      const result = await agent.gql(
        `mutation ($a: ID!) { updateTicket(number: 2, input: { status: PENDING, priority: URGENT, assigneeId: $a, customFields: [{ key: "severity", value: "sev1" }] }) { status } }`,
        { a: admin.id },
      );
      expect(result.errors).toEqual([]);
      const { events, status, priority, assignee } = (await agentView(2)).data!.agentTicket;
      expect({ status, priority, assignee }).toEqual({ status: 'PENDING', priority: 'URGENT', assignee: { id: admin.id } });
      expect(events.slice(-4).map((e) => [e.type, e.details, e.actor.id])).toEqual([
        ['STATUS_CHANGED', { from: 'open', to: 'pending' }, agent.agent.id],
        ['PRIORITY_CHANGED', { from: 'high', to: 'urgent' }, agent.agent.id],
        ['ASSIGNEE_CHANGED', { from: agent.agent.id, to: admin.id }, agent.agent.id],
        ['FIELD_CHANGED', { key: 'severity', from: 'sev3', to: 'sev1' }, agent.agent.id],
      ]);
      const stored = await app.dataSource
        .getRepository(TicketEvent)
        .find({ where: { ticketId: (await ticketRow(2)).id }, order: { createdAt: 'ASC' } });
      expect(stored.filter((e) => e.visibleToContact).map((e) => e.type)).toEqual(['created', 'status_changed', 'status_changed']);
      const seen = JSON.stringify(await contactTimeline(wile, 2));
      expect(seen).not.toMatch(/URGENT|PRIORITY|ASSIGNEE|FIELD_CHANGED|sev1/);
    });

    it('writes nothing when nothing changes', async () => {
      const before = await app.dataSource.getRepository(TicketEvent).count();
      await agent.gql(`mutation { updateTicket(number: 2, input: { status: PENDING, priority: URGENT }) { status } }`);
      expect(await app.dataSource.getRepository(TicketEvent).count()).toBe(before);
    });

    it('emails the requester when solving', async () => {
      const result = await agent.gql<{ updateTicket: { status: string; solvedAt: string | null } }>(
        `mutation { updateTicket(number: 2, input: { status: SOLVED }) { status solvedAt } }`,
      );
      expect(result.data?.updateTicket.status).toBe('SOLVED');
      expect(result.data?.updateTicket.solvedAt).not.toBeNull();
      const [mail] = await emailsTo(app.dataSource, WILE);
      expect(mail.tag).toBe('ticket-solved');
      expect(mail.textBody).toContain(`http://acme.localhost:${app.port}/requests/2`);
    });

    it('refuses unknown custom fields and ill-typed values, naming them, and clears a field with null', async () => {
      const bad = await agent.gql(
        `mutation { updateTicket(number: 3, input: { customFields: [{ key: "nope", value: 1 }, { key: "severity", value: "sev9" }] }) { status } }`,
      );
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect((bad.errors[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['nope', 'severity']);
      const cleared = await agent.gql<{ updateTicket: { fieldValues: { key: string }[] } }>(
        `mutation { updateTicket(number: 3, input: { customFields: [{ key: "severity", value: null }] }) { fieldValues { key } } }`,
      );
      expect(cleared.data?.updateTicket.fieldValues.map((f) => f.key)).toEqual(['product']);
    });

    it("refuses another organization's agent as assignee with NOT_FOUND", async () => {
      const globex = await app.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'globex' });
      const outsider = await app.dataSource.getRepository(Agent).findOneByOrFail({ organizationId: globex.id, email: 'agent@globex.test' });
      const result = await agent.gql(`mutation ($a: ID!) { updateTicket(number: 3, input: { assigneeId: $a }) { status } }`, {
        a: outsider.id,
      });
      expect(result.errors.map((e) => [e.message, e.extensions?.code])).toEqual([['Agent not found', 'NOT_FOUND']]);
    });

    it('can unassign, but cannot send a ticket back to new', async () => {
      const unassigned = await agent.gql<{ updateTicket: { assignee: null } }>(
        `mutation { updateTicket(number: 3, input: { assigneeId: null }) { assignee { id } } }`,
      );
      expect(unassigned.data?.updateTicket.assignee).toBeNull();
      const back = await agent.gql(`mutation { updateTicket(number: 3, input: { status: NEW }) { status } }`);
      expect(back.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'status']]);
    });

    it("lists the organization's agents and custom fields", async () => {
      const result = await agent.gql<{ agents: { email: string }[]; customFieldDefinitions: { key: string; visibleToContact: boolean }[] }>(
        `{ agents { email } customFieldDefinitions { key visibleToContact } }`,
      );
      expect(result.data?.agents.map((a) => a.email).sort()).toEqual(['admin@acme.test', 'agent@acme.test']);
      expect(result.data?.customFieldDefinitions.map((f) => [f.key, f.visibleToContact])).toEqual([
        ['product', true],
        ['invoice_number', true],
        ['severity', false],
        ['account_tier', false],
      ]);
    });
  });
});
