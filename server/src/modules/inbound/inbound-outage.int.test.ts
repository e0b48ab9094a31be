import { connectionCutter, type ConnectionCutter } from '../../../test/connection-cut';
import { testDatabaseUrl } from '../../../test/database';
import { buildContact, buildOrganization } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/http';
import { inboundJson, postInbound } from '../../../test/postmark-inbound';
import { Ticket } from '../tickets/ticket.entity';

// PGlite is one in-process connection behind a private socket: there is no server connection to cut.
const onPostgres = testDatabaseUrl() ? describe : describe.skip;

onPostgres('the inbound webhook during a database outage (PostgreSQL only)', () => {
  let app: TestApp;
  let cutter: ConnectionCutter;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    cutter = await connectionCutter(app.database);
  });
  afterAll(async () => {
    await cutter?.close();
    await app?.close();
  });

  it('answers 503 with Retry-After, so Postmark retries, and the retry after the outage adds the request once', async () => {
    const org = await buildOrganization(app.dataSource);
    const contact = await buildContact(app.dataSource, { organizationId: org.id });
    const json = inboundJson(contact.email, app.services.inbound.replies.requestAddress(org) ?? '', { Subject: 'During the outage' });
    await cutter.cut();
    try {
      const res = await postInbound(app, json);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    } finally {
      await cutter.admit();
    }
    let answer = await postInbound(app, json);
    // The pool may hand out a connection the cut killed once more before it notices.
    for (let i = 0; i < 10 && answer.status !== 200; i++) answer = await postInbound(app, json);
    expect(answer.json()).toEqual({ status: 'ok', outcome: 'request' });
    expect(await app.dataSource.getRepository(Ticket).countBy({ requesterId: contact.id })).toBe(1);
  });
});
