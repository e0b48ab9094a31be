import { startFakePostmark, type FakePostmark } from '../../../test/fake-postmark';
import { startTestApp, type TestApp } from '../../../test/http';
import { REQUEST_PORTAL, VERIFY_PORTAL } from '../../../test/sign-in';
import { eventually } from '../../../test/outbox';

// SECURITY.md 2 (issue 10.3): once Postmark has a sign-in email, the database no longer holds
// anything that signs in: not the link's token, not the code.

let postmark: FakePostmark;
let app: TestApp;

beforeAll(async () => {
  postmark = await startFakePostmark();
  app = await startTestApp({ env: { POSTMARK_SERVER_TOKEN: postmark.serverToken, POSTMARK_API_URL: postmark.url } });
});
afterAll(async () => {
  await app.close();
  await postmark.close();
});

async function sentSignIn(to: string): Promise<{ token: string; code: string; text: string }> {
  await app.graphql(REQUEST_PORTAL, { email: to });
  await eventually(() => postmark.requests.some((r) => (r.body as { To?: string }).To === to), `the sign-in email to ${to}`);
  const body = postmark.requests.find((r) => (r.body as { To?: string }).To === to)?.body as { TextBody: string; HtmlBody: string };
  const token = /token=([A-Za-z0-9_-]{43})/.exec(body.TextBody)?.[1] ?? '';
  const code = /^(\d{6})$/m.exec(body.TextBody)?.[1] ?? '';
  expect(token).not.toBe('');
  expect(code).not.toBe('');
  expect(body.HtmlBody).toContain(token);
  expect(body.HtmlBody).toContain(code);
  return { token, code, text: body.TextBody };
}

describe('a sign-in email sent through Postmark', () => {
  it('is stored without its token and code once sent, in any column', async () => {
    const { token, code } = await sentSignIn('secret@example.test');
    const rows = async () =>
      (await app.dataSource.query(
        `SELECT status, row_to_json(e)::text AS everything FROM outgoing_emails e WHERE to_address = 'secret@example.test'`,
      )) as { status: string; everything: string }[];
    await eventually(async () => (await rows())[0]?.status === 'sent', 'the email recorded as sent');

    const [stored] = await rows();
    expect(stored.everything).not.toContain(token);
    expect(stored.everything).not.toContain(code);
    // The rest of the email is still there for support to read.
    expect(stored.everything).toContain('[redacted]');
    expect(stored.everything).toContain('Sign in to');
  });

  it('still signs in with what the recipient got', async () => {
    const { code } = await sentSignIn('works@example.test');
    const res = await app.graphql<{ verifyPortalSignInCode: { returnPath: string } }>(VERIFY_PORTAL, { email: 'works@example.test', code });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.verifyPortalSignInCode.returnPath).toBe('/');
  });
});
