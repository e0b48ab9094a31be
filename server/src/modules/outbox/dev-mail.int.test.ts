import { startTestApp, type TestApp } from '../../../test/http';
import { eventually } from '../../../test/outbox';
import { REQUEST_PORTAL } from '../../../test/sign-in';

describe('the development outbox', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('lists sent emails newest first, as JSON and rendered, on the app host only', async () => {
    await app.graphql(REQUEST_PORTAL, { email: 'first@example.test' });
    await app.graphql(REQUEST_PORTAL, { email: 'second@example.test' });
    const json = await app.request('/dev/mail.json', { host: 'localhost' });
    expect(json.status).toBe(200);
    const mails = json.json<{ to: string; subject: string; html: string }[]>();
    expect(mails.slice(0, 2).map((m) => m.to)).toEqual(['second@example.test', 'first@example.test']);
    // The development outbox is a developer's inbox: the link and code stay readable, even once sent.
    type Listed = { to: string; text: string; status: string };
    const listed = async () => (await app.request('/dev/mail.json', { host: 'localhost' })).json<Listed[]>();
    // The background worker may hold the lease on it already: wait for whichever worker delivers it.
    await app.services.outbox.worker.runOnce();
    await eventually(
      async () => (await listed()).find((m) => m.to === 'second@example.test')?.status === 'sent',
      'the sign-in email is delivered',
    );
    const second = (await listed()).find((m) => m.to === 'second@example.test');
    expect(second?.status).toBe('sent');
    expect(second?.text).toMatch(/token=[A-Za-z0-9_-]{43}/);
    expect(second?.text).toMatch(/^\d{6}$/m);
    const page = await app.request('/dev/mail', { host: 'localhost' });
    expect(page.text).toContain('second@example.test');
    // On a portal host the path is just another portal page (the SPA), never the outbox.
    const onPortal = await app.request('/dev/mail.json', { host: 'acme.localhost' });
    expect(onPortal.text).not.toContain('second@example.test');
    expect(onPortal.headers['content-type']).not.toMatch(/json/);
  });
});

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: 'unused', POSTMARK_API_URL: 'http://127.0.0.1:9' } });
  });
  afterAll(() => app.close());

  it('serves no outbox', async () => {
    expect((await app.request('/dev/mail.json', { host: 'localhost' })).status).toBe(404);
    expect((await app.request('/dev/mail', { host: 'localhost' })).status).toBe(404);
  });
});
