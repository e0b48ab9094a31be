import { Contact } from '../contacts/contact.entity';
import { OutgoingEmail } from '../outbox/outgoing-email.entity';
import { TicketEvent } from '../tickets/ticket-event.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import type { Organization } from '../organizations/organization.entity';
import {
  buildAgent,
  buildCompany,
  buildCompanyDomain,
  buildContact,
  buildOrganization,
  buildTicket,
  buildTicketCc,
} from '../../../test/factories';
import { codes, ok, type Caller } from '../../../test/graphql';
import { startTestApp, type TestApp } from '../../../test/http';
import { inboundJson, postInbound } from '../../../test/postmark-inbound';
import { signInAs } from '../../../test/sign-in';
import { MAX_CCS_PER_TICKET } from './ticket-cc.service';
import type { Company } from './company.entity';

// CCs (issue 14.3): who may add whom, what a CC then reads and writes, and that removal ends it.
const ADD = `mutation ($n: Int!, $email: String!) { addCc(number: $n, email: $email) { number ccs { id email } } }`;
const REMOVE = `mutation ($n: Int!, $id: ID!) { removeCc(number: $n, contactId: $id) { number ccs { id } } }`;
const AGENT_ADD = `mutation ($n: Int!, $email: String!) { agentAddCc(number: $n, email: $email) { number ccs { id email } } }`;
const AGENT_REMOVE = `mutation ($n: Int!, $id: ID!) { agentRemoveCc(number: $n, contactId: $id) { number } }`;
const PAGE = `query ($n: Int!) { ticket(number: $n) { number raisedBy timeline { ... on TicketMessage { body author { name } } } } }`;
const MINE = `{ myTickets(first: 50) { nodes { number } } }`;

let app: TestApp;
let organization: Organization;
let company: Company;
let agent: Caller;
let agentEmail: string;

beforeAll(async () => {
  app = await startTestApp({ seed: false, env: { LOG_LEVEL: process.env.TEST_LOG ?? 'silent' } });
  organization = await buildOrganization(app.dataSource);
  company = await buildCompany(app.dataSource, { organizationId: organization.id, sharingMode: 'private' });
  await buildCompanyDomain(app.dataSource, { companyId: company.id, domain: 'coyote.test' });
  const agentRow = await buildAgent(app.dataSource, { organizationId: organization.id });
  agentEmail = agentRow.email;
  agent = await signInAs(app, agentRow);
});
afterAll(() => app?.close());

async function requestOf(name: string) {
  const contact = await buildContact(app.dataSource, {
    organizationId: organization.id,
    companyId: company.id,
    name,
    email: `${name.toLowerCase()}-${Date.now()}@coyote.test`,
  });
  const ticket = await buildTicket(app.dataSource, { organizationId: organization.id, requesterId: contact.id, status: 'open' });
  return { contact, ticket, caller: await signInAs(app, contact) };
}

const contactByEmail = (email: string) => app.dataSource.getRepository(Contact).findOneByOrFail({ organizationId: organization.id, email });

describe('a contact adding CCs', () => {
  it('adds a colleague by email (a new address of the company domain becomes a contact of the company)', async () => {
    const { ticket, caller } = await requestOf('Wile');
    const result = ok(await caller.gql<{ addCc: { ccs: { email: string }[] } }>(ADD, { n: ticket.number, email: ' Pat@Coyote.test ' }));
    expect(result.addCc.ccs.map((c) => c.email)).toEqual(['pat@coyote.test']);
    const pat = await contactByEmail('pat@coyote.test');
    expect(pat.companyId).toBe(company.id);
    // Adding the same person twice changes nothing.
    expect(ok(await caller.gql<{ addCc: { ccs: unknown[] } }>(ADD, { n: ticket.number, email: 'pat@coyote.test' })).addCc.ccs).toHaveLength(
      1,
    );
    const events = await app.dataSource.getRepository(TicketEvent).findBy({ ticketId: ticket.id, type: 'cc_added' });
    expect(events).toHaveLength(1);
  });

  it.each([
    ['not an email', 'not an email', /email address/],
    ['two addresses', 'a@coyote.test, b@coyote.test', /email address/],
    ['the requester', 'REQUESTER', /requester/],
    ["an agent's address", 'AGENT', /agent/],
    ['outside the company', 'someone@elsewhere.test', /own company/],
  ])('refuses %s with BAD_USER_INPUT naming the email', async (_what, email, reason) => {
    const { contact, ticket, caller } = await requestOf('Refused');
    const given = email === 'REQUESTER' ? contact.email : email === 'AGENT' ? agentEmail : email;
    const result = await caller.gql(ADD, { n: ticket.number, email: given });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors[0].extensions?.field).toBe('email');
    expect(result.errors[0].message).toMatch(reason);
    expect(JSON.stringify(result)).not.toMatch(/violates|constraint|at .*\.ts/);
  });

  it(`refuses more than ${MAX_CCS_PER_TICKET} CCs`, async () => {
    const { ticket, caller } = await requestOf('Many');
    for (let i = 0; i < MAX_CCS_PER_TICKET; i++)
      ok(await caller.gql(ADD, { n: ticket.number, email: `many${i}-${ticket.id.slice(0, 6)}@coyote.test` }));
    const over = await caller.gql(ADD, { n: ticket.number, email: `one-more-${ticket.id.slice(0, 6)}@coyote.test` });
    expect(codes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors[0].message).toContain(String(MAX_CCS_PER_TICKET));
  });

  it('adds outside addresses only where the organization allows it', async () => {
    const { ticket, caller } = await requestOf('Outside');
    expect(codes(await caller.gql(ADD, { n: ticket.number, email: 'friend@outside.test' }))).toEqual(['BAD_USER_INPUT']);
    const admin = await signInAs(app, await buildAgent(app.dataSource, { organizationId: organization.id, role: 'admin' }));
    ok(await admin.gql(`mutation { setCcOutsideCompany(allowed: true) }`));
    try {
      expect(codes(await caller.gql(ADD, { n: ticket.number, email: 'friend@outside.test' }))).toEqual([]);
    } finally {
      ok(await admin.gql(`mutation { setCcOutsideCompany(allowed: false) }`));
    }
    // Only admins change the setting.
    expect(codes(await agent.gql(`mutation { setCcOutsideCompany(allowed: true) }`))).toEqual(['FORBIDDEN']);
  });

  it('cannot add people to a request they cannot read, which answers as a missing one', async () => {
    const { ticket } = await requestOf('Private');
    const { caller: stranger } = await requestOf('Stranger');
    expect(codes(await stranger.gql(ADD, { n: ticket.number, email: 'x@coyote.test' }))).toEqual(['NOT_FOUND']);
  });
});

describe('a CC', () => {
  it('reads the request, sees it among their requests, and replies in the portal as themselves', async () => {
    const { ticket, caller } = await requestOf('Owner');
    const cc = await buildContact(app.dataSource, { organizationId: organization.id, name: 'Cece' });
    await buildTicketCc(app.dataSource, { ticketId: ticket.id, contactId: cc.id });
    const cece = await signInAs(app, cc);
    expect(ok(await cece.gql<{ ticket: { raisedBy: string } }>(PAGE, { n: ticket.number })).ticket.raisedBy).toBe('Owner');
    expect(ok(await cece.gql<{ myTickets: { nodes: { number: number }[] } }>(MINE)).myTickets.nodes.map((n) => n.number)).toContain(
      ticket.number,
    );
    ok(await cece.gql(`mutation ($n: Int!) { replyToTicket(number: $n, body: "Cece's words") { number } }`, { n: ticket.number }));
    const seen = ok(await caller.gql<{ ticket: { timeline: { body?: string; author?: { name: string } }[] } }>(PAGE, { n: ticket.number }));
    expect(seen.ticket.timeline.find((m) => m.body === "Cece's words")?.author?.name).toBe('Cece');
  });

  it('finds raised and copied requests interleaved in one order, page by page, none twice and none missed', async () => {
    const me = await buildContact(app.dataSource, { organizationId: organization.id, name: 'Pager' });
    const other = await buildContact(app.dataSource, { organizationId: organization.id });
    const expected: number[] = [];
    for (let i = 0; i < 7; i++) {
      // Newest first: even ones raised by me, odd ones raised by someone else with me copied; two share a time.
      const updatedAt = new Date(Date.UTC(2026, 0, 20 - Math.min(i, 5)));
      const ticket = await buildTicket(app.dataSource, {
        organizationId: organization.id,
        requesterId: i % 2 === 0 ? me.id : other.id,
        updatedAt,
      });
      if (i % 2 === 1) await buildTicketCc(app.dataSource, { ticketId: ticket.id, contactId: me.id });
      expected.push(ticket.number);
    }
    const pager = await signInAs(app, me);
    const seen: number[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 5; pageNo++) {
      const page: {
        myTickets: { totalCount: number; nodes: { number: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = ok(
        await pager.gql(
          `query ($after: String) { myTickets(first: 2, after: $after) { totalCount nodes { number } pageInfo { hasNextPage endCursor } } }`,
          {
            after,
          },
        ),
      );
      expect(page.myTickets.totalCount).toBe(7);
      seen.push(...page.myTickets.nodes.map((n) => n.number));
      if (!page.myTickets.pageInfo.hasNextPage) break;
      after = page.myTickets.pageInfo.endCursor;
    }
    // The two sharing a time come in id order (descending), as the database orders them.
    expect([...seen].sort()).toEqual([...expected].sort());
    expect(seen.slice(0, 5)).toEqual(expected.slice(0, 5));
  });

  it('gets public replies by email, never internal notes', async () => {
    const { contact, ticket } = await requestOf('Mailed');
    const cc = await buildContact(app.dataSource, { organizationId: organization.id });
    await buildTicketCc(app.dataSource, { ticketId: ticket.id, contactId: cc.id });
    const send = `mutation ($n: Int!, $kind: TicketMessageKind!, $body: String!) { addTicketMessage(number: $n, kind: $kind, body: $body) { id } }`;
    ok(await agent.gql(send, { n: ticket.number, kind: 'PUBLIC_REPLY', body: 'Public answer' }));
    ok(await agent.gql(send, { n: ticket.number, kind: 'INTERNAL_NOTE', body: 'Secret note' }));
    const mails = app.dataSource.getRepository(OutgoingEmail);
    for (const to of [contact.email, cc.email]) {
      const sent = await mails.findBy({ toAddress: to });
      expect(sent).toHaveLength(1);
      expect(JSON.stringify(sent)).toContain('Public answer');
      expect(JSON.stringify(sent)).not.toContain('Secret note');
    }
  });

  it('replies by email, attributed to the CC and not flagged as a stranger', async () => {
    const { ticket } = await requestOf('Inbound');
    const cc = await buildContact(app.dataSource, { organizationId: organization.id });
    await buildTicketCc(app.dataSource, { ticketId: ticket.id, contactId: cc.id });
    const address = app.services.inbound.replies.replyAddress(organization, ticket);
    if (!address) throw new Error('inbound mail is off');
    const res = await postInbound(app, inboundJson(cc.email, address, { TextBody: 'Reply from the CC' }));
    expect(res.json()).toEqual({ status: 'ok', outcome: 'reply' });
    const last = await app.dataSource
      .getRepository(TicketMessage)
      .findOneOrFail({ where: { ticketId: ticket.id }, order: { createdAt: 'DESC' } });
    expect(last).toMatchObject({ kind: 'public_reply', authorContactId: cc.id, unverifiedSenderEmail: null, body: 'Reply from the CC' });
  });

  it('loses access at once when removed, and the removal is in the history', async () => {
    const { ticket, caller } = await requestOf('Remover');
    ok(await caller.gql(ADD, { n: ticket.number, email: `gone-${ticket.id.slice(0, 6)}@coyote.test` }));
    const gone = await contactByEmail(`gone-${ticket.id.slice(0, 6)}@coyote.test`);
    const goneCaller = await signInAs(app, gone);
    expect((await goneCaller.gql(PAGE, { n: ticket.number })).errors).toEqual([]);
    ok(await caller.gql(REMOVE, { n: ticket.number, id: gone.id }));
    expect(codes(await goneCaller.gql(PAGE, { n: ticket.number }))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await goneCaller.gql(`mutation ($n: Int!) { replyToTicket(number: $n, body: "still here?") { number } }`, { n: ticket.number }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await app.dataSource.getRepository(TicketEvent).countBy({ ticketId: ticket.id, type: 'cc_removed' })).toBe(1);
  });

  it('may remove themselves, but not other CCs', async () => {
    const { ticket } = await requestOf('Self');
    const [one, two] = [
      await buildContact(app.dataSource, { organizationId: organization.id }),
      await buildContact(app.dataSource, { organizationId: organization.id }),
    ];
    for (const c of [one, two]) await buildTicketCc(app.dataSource, { ticketId: ticket.id, contactId: c.id });
    const oneCaller = await signInAs(app, one);
    expect(codes(await oneCaller.gql(REMOVE, { n: ticket.number, id: two.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await oneCaller.gql(REMOVE, { n: ticket.number, id: one.id }))).toEqual([]);
  });
});

describe('an agent and CCs', () => {
  it('adds any outside address and removes CCs; never the requester or an agent', async () => {
    const { contact, ticket } = await requestOf('AgentSide');
    const added = ok(
      await agent.gql<{ agentAddCc: { ccs: { id: string; email: string }[] } }>(AGENT_ADD, { n: ticket.number, email: 'partner@far.test' }),
    );
    expect(added.agentAddCc.ccs.map((c) => c.email)).toEqual(['partner@far.test']);
    expect(codes(await agent.gql(AGENT_ADD, { n: ticket.number, email: contact.email }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await agent.gql(AGENT_ADD, { n: ticket.number, email: agentEmail }))).toEqual(['BAD_USER_INPUT']);
    ok(await agent.gql(AGENT_REMOVE, { n: ticket.number, id: added.agentAddCc.ccs[0].id }));
    expect(codes(await agent.gql(AGENT_REMOVE, { n: ticket.number, id: added.agentAddCc.ccs[0].id }))).toEqual(['NOT_FOUND']);
  });

  it('is the only one who adds CCs through the agent mutations', async () => {
    const { ticket, caller } = await requestOf('NotAgent');
    expect(codes(await caller.gql(AGENT_ADD, { n: ticket.number, email: 'x@coyote.test' }))).toEqual(['FORBIDDEN']);
  });
});
