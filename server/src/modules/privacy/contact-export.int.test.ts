import { buildAttachment, buildContact, buildSession, buildTicket, buildTicketMessage } from '../../../test/factories';
import { statementCounter } from '../../../test/statements';
import { Attachment } from '../attachments/attachment.entity';
import { startTestApp, type TestApp, type TestResponse } from '../../../test/http';
import { signInAs } from '../../../test/sign-in';
import { PNG_BYTES } from '../../../test/uploads';
import type { Caller } from '../../../test/graphql';
import { EXPORT_PATH } from './contact-export.routes';
import { EXPORT_SECTIONS } from './contact-export.sections';
import { exportFiles } from './export-files';
import { buildPrivacyWorld, NEVER_EXPORTED, RATING_COMMENT, type PrivacyWorld } from './test-helpers';

// Runs on PGlite, or on PostgreSQL when DATABASE_URL is set.
let app: TestApp;
let world: PrivacyWorld;
beforeAll(async () => {
  app = await startTestApp({ seed: false });
  world = await buildPrivacyWorld(app);
}, 60_000);
afterAll(() => app?.close());

const cookieOf = (caller: Caller) => [...caller.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
const download = (caller: Caller, host = caller.host): Promise<TestResponse> =>
  app.request(EXPORT_PATH, { host, headers: { cookie: cookieOf(caller) } });

interface ExportedRequest {
  number: number;
  subject: string;
  yourRole: string;
  answers: { label: string; value: string }[];
  fields: { label: string; value: string }[];
  conversation: { author: { kind: string; name: string | null }; body: string; files: { name: string }[] }[];
}
interface Exported {
  format: string;
  profile: Record<string, unknown>;
  requests: ExportedRequest[];
  messages: { request: number; body: string }[];
  files: { name: string; contentBase64: string | null; downloadPath: string; request: number | null; sha256: string }[];
  signIns: { sessions: Record<string, unknown>[]; emailLinks: Record<string, unknown>[] };
  emails: { subject: string; kind: string }[];
  ratings: { request: number | null; rating: string | null; comment: string | null }[];
  deletionRequests: unknown[];
}

describe(`a contact's data export (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let res: TestResponse;
  let data: Exported;
  beforeAll(async () => {
    res = await download(world.wileCaller);
    data = res.json<Exported>();
  });

  it('holds their ratings, with their comments', () => {
    expect(data.ratings).toEqual([expect.objectContaining({ request: world.raised.number, rating: 'good', comment: RATING_COMMENT })]);
  });

  it('is a private JSON download named for the portal and the day', () => {
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="${world.organization.slug}-my-data-\\d{4}-\\d{2}-\\d{2}\\.json"`),
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(data.format).toBe('actionconnect.contact-export');
  });

  it("holds the contact's profile", () => {
    expect(data.profile).toMatchObject({
      organization: world.organization.name,
      name: 'Wile E. Coyote',
      email: world.wile.email,
      company: 'Coyote Ltd',
      isCompanyManager: true,
    });
    expect(typeof data.profile.createdAt).toBe('string');
  });

  it('lists the requests they raised and those they are copied on, with answers, portal fields and the public conversation', () => {
    expect(data.requests.map((r) => [r.number, r.yourRole])).toEqual([
      [world.raised.number, 'requester'],
      [world.copied.number, 'cc'],
    ]);
    const raised = data.requests[0];
    expect(raised.subject).toBe('Rocket skates explode');
    expect(raised.answers).toEqual(
      expect.arrayContaining([{ key: 'description', label: 'What happened?', value: 'They went off at the cliff.' }]),
    );
    expect(raised.fields).toEqual([{ label: 'Plan', value: 'Gold' }]);
    expect(raised.conversation.map((m) => [m.author.kind, m.author.name, m.body])).toEqual([
      ['you', null, 'They went off at the cliff.'],
      ['agent', 'Sam Agent', 'Sorry to hear that, we are on it.'],
      ['you', null, 'Photo attached.'],
    ]);
    expect(raised.conversation[2].files.map((f) => f.name)).toEqual(['skates.png']);
    // A colleague's words on a request Wile is copied on: their name, never their email.
    expect(data.requests[1].conversation.map((m) => [m.author.kind, m.author.name])).toEqual([['contact', 'Road Runner']]);
  });

  it('lists every message they wrote', () => {
    expect(data.messages.map((m) => [m.request, m.body])).toEqual([
      [world.raised.number, 'They went off at the cliff.'],
      [world.raised.number, 'Photo attached.'],
    ]);
  });

  it('carries their files with the bytes, attached or not', () => {
    expect(data.files.map((f) => [f.name, f.request, f.downloadPath])).toEqual([
      ['skates.png', world.raised.number, `/attachments/${world.attachedFileId}`],
      ['notes.txt', null, `/attachments/${world.unattachedFileId}`],
    ]);
    expect(Buffer.from(data.files[0].contentBase64 ?? '', 'base64').equals(PNG_BYTES)).toBe(true);
    expect(Buffer.from(data.files[1].contentBase64 ?? '', 'base64').toString()).toBe('beep beep');
  });

  it('lists sign-ins and emails by date, with no token, hash or code', () => {
    expect(data.signIns.sessions).toHaveLength(1);
    expect(Object.keys(data.signIns.sessions[0]).sort()).toEqual(['expiresAt', 'host', 'lastSeenAt', 'signedOutAt', 'startedAt']);
    expect(data.signIns.emailLinks).toHaveLength(1);
    expect(data.emails).toEqual([expect.objectContaining({ subject: 'Your sign-in code', kind: 'sign-in' })]);
  });

  it('never holds an internal note, an agent-only field, another contact’s email, another request or another organization’s data', () => {
    for (const word of Object.values(NEVER_EXPORTED)) expect(res.text).not.toContain(word);
    expect(res.text).not.toContain(world.road.email);
    expect(res.text).not.toMatch(/tokenHash|token_hash|codeHash|requesterHash|storageKey/);
  });
});

describe('who gets an export', () => {
  it("is only ever the signed-in contact's own: a colleague's export holds none of Wile's own data", async () => {
    const road = await signInAs(app, world.road);
    const text = (await download(road)).text;
    expect(text).toContain('Road Runner');
    expect(text).not.toContain(world.wile.email);
    expect(text).not.toContain('Rocket skates explode');
    expect(text).not.toContain('Photo attached.');
  });

  it('answers 401 to a visitor, and to a contact session on another portal', async () => {
    const anonymous = await app.request(EXPORT_PATH, { host: world.wileCaller.host });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('private, no-store');
    const twin = await buildSession(app.dataSource, { contactId: world.twin.id });
    const elsewhere = await app.request(EXPORT_PATH, { host: world.wileCaller.host, headers: { cookie: `ac_session=${twin.secret}` } });
    expect(elsewhere.status).toBe(401);
  });

  it('is not served on the agent app', async () => {
    const agent = await signInAs(app, world.agent);
    const res = await download(agent);
    expect(res.status).not.toBe(200);
    expect(res.text).not.toContain(world.wile.email);
  });
});

describe('the size and cost of an export', () => {
  it('inlines file bytes while the budget lasts, then lists the download path only; a file missing from storage says so', async () => {
    const rows = await app.dataSource
      .getRepository(Attachment)
      .find({ where: { uploadedByContactId: world.wile.id }, order: { createdAt: 'ASC' } });
    const lost = await buildAttachment(app.dataSource, {
      organizationId: world.organization.id,
      uploadedByContactId: world.wile.id,
      byteSize: 3,
    });
    const files = await exportFiles(
      [...rows, lost].map((attachment) => ({ attachment, request: null })),
      app.services.attachments.storage,
      PNG_BYTES.length + 3,
    );
    expect(files.map((f) => [f.name, f.contentBase64 !== null, f.contentOmitted])).toEqual([
      ['skates.png', true, null],
      ['notes.txt', false, 'over-export-budget'],
      [lost.fileName, false, 'missing-from-storage'],
    ]);
    expect(files[1].downloadPath).toBe(`/attachments/${world.unattachedFileId}`);
  });

  it('runs the same number of SQL statements for one request as for six', async () => {
    const organizationId = world.organization.id;
    const contact = await buildContact(app.dataSource, { organizationId });
    const caller = await signInAs(app, contact);
    const countFor = async () => {
      const counter = statementCounter(app.dataSource);
      const res = await download(caller);
      counter.stop();
      expect(res.status).toBe(200);
      // The export's own reads; the mail worker, session lookup and rate limiter run beside it on their own clock.
      return counter.statements.filter((sql) => /^SELECT/.test(sql) && !/next_attempt_at|token_hash|rate_limit/.test(sql)).length;
    };
    const first = await buildTicket(app.dataSource, { organizationId, requesterId: contact.id });
    await buildTicketMessage(app.dataSource, { ticketId: first.id });
    await buildTicketMessage(app.dataSource, { ticketId: first.id, authorAgentId: world.agent.id });
    await countFor(); // The first request of a session also records it as seen.
    const one = await countFor();
    // Every section reads at least once: the filter keeps the export's own statements.
    expect(one).toBeGreaterThanOrEqual(EXPORT_SECTIONS.length);
    for (let i = 0; i < 5; i++) {
      const ticket = await buildTicket(app.dataSource, { organizationId, requesterId: contact.id });
      await buildTicketMessage(app.dataSource, { ticketId: ticket.id });
      await buildTicketMessage(app.dataSource, { ticketId: ticket.id, authorAgentId: world.admin.id });
    }
    expect(await countFor()).toBe(one);
  });
});
