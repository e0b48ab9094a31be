import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fakePostmarkReplies, startFakePostmark } from '../../../test/fake-postmark';
import type { FakePostmark } from '../../../test/fake-postmark';
import { MailDeliveryError } from './mail-message';
import type { MailTransport, OutgoingMail } from './mail-message';
import { createPostmarkTransport, parseRetryAfter } from './postmark-transport';

const TOKEN = 'pm-server-token-4f1c2e9a-secret';

function buildMail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    to: 'ada@customer.example',
    from: 'support@acme.example',
    fromName: 'Acme Support',
    subject: 'Your sign-in link',
    html: '<p>Hello</p>',
    text: 'Hello',
    ...overrides,
  };
}

async function sendExpectingFailure(transport: MailTransport, mail = buildMail()): Promise<MailDeliveryError> {
  try {
    await transport.send(mail);
  } catch (error) {
    if (error instanceof MailDeliveryError) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

function bodyOf(fake: FakePostmark, index = 0): Record<string, unknown> {
  return fake.requests[index]?.body as Record<string, unknown>;
}

let fake: FakePostmark;
let transport: MailTransport;

beforeEach(async () => {
  fake = await startFakePostmark({ serverToken: TOKEN });
  transport = createPostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url, timeoutMs: 2_000 });
});

afterEach(async () => {
  await fake.close();
});

describe('sending through Postmark', () => {
  it('sends both bodies, the sender name, subject, tag and stream in one POST /email', async () => {
    const result = await transport.send(
      buildMail({ tag: 'magic-link', messageStream: 'sign-in', headers: { 'X-Entity-Ref-ID': 'ticket-42' } }),
    );

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/email' });
    expect(bodyOf(fake)).toEqual({
      From: '"Acme Support" <support@acme.example>',
      To: 'ada@customer.example',
      Subject: 'Your sign-in link',
      HtmlBody: '<p>Hello</p>',
      TextBody: 'Hello',
      Tag: 'magic-link',
      MessageStream: 'sign-in',
      Headers: [{ Name: 'X-Entity-Ref-ID', Value: 'ticket-42' }],
    });
    expect(result.providerMessageId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
  });

  it('passes metadata through, so a duplicate can be found by its idempotency key', async () => {
    await transport.send(buildMail({ metadata: { outgoingEmailId: 'e-1', idempotencyKey: 'outgoing-email:e-1' } }));

    expect(bodyOf(fake).Metadata).toEqual({ outgoingEmailId: 'e-1', idempotencyKey: 'outgoing-email:e-1' });
  });

  it('authenticates with the server token header and speaks JSON', async () => {
    await transport.send(buildMail());

    const headers = fake.requests[0]?.headers ?? {};
    expect(headers['x-postmark-server-token']).toBe(TOKEN);
    expect(headers['accept']).toBe('application/json');
    expect(headers['content-type']).toMatch(/^application\/json/);
  });

  it('uses the transactional "outbound" stream unless told otherwise', async () => {
    await transport.send(buildMail());

    expect(bodyOf(fake).MessageStream).toBe('outbound');
    expect(bodyOf(fake)).not.toHaveProperty('Tag');
  });

  it('sends a bare address when there is no sender name', async () => {
    await transport.send(buildMail({ fromName: undefined }));

    expect(bodyOf(fake).From).toBe('support@acme.example');
  });

  it('cannot be tricked by a sender name into adding addresses or header lines', async () => {
    await transport.send(buildMail({ fromName: 'Evil" <attacker@evil.example>,\r\nBcc: victim@x.example \\' }));

    const from = bodyOf(fake).From as string;
    expect(from).toBe('"Evil <attacker@evil.example>, Bcc: victim@x.example" <support@acme.example>');
    expect(from).not.toMatch(/[\r\n]/);
    // Exactly one quoted name, then the real address: the injected one stays inside the quotes.
    expect(from.match(/"/g)).toHaveLength(2);
  });

  it('keeps line breaks out of the subject', async () => {
    await transport.send(buildMail({ subject: 'Hello\r\nBcc: victim@x.example' }));

    expect(bodyOf(fake).Subject).toBe('Hello  Bcc: victim@x.example');
  });

  it.each([
    ['a comma-separated list', 'a@x.com,b@y.com'],
    ['a semicolon list', 'a@x.com;b@y.com'],
    ['a display-name form', 'Bob <b@y.com>'],
    ['a header injection', 'a@x.com\r\nBcc: b@y.com'],
    ['no address at all', 'not-an-email'],
  ])('refuses %s as a recipient without calling Postmark', async (_label, to) => {
    const error = await sendExpectingFailure(transport, buildMail({ to }));

    expect(error.retryable).toBe(false);
    expect(error.message).not.toContain(to);
    expect(fake.requests).toHaveLength(0);
  });

  it('sends the Reply-To and the threading headers a ticket email carries', async () => {
    await transport.send(
      buildMail({
        replyTo: 'support+a1b2c3d4e5-7-abcdefghijklmnop@inbound.acme.example',
        headers: {
          'Message-ID': '<m1@inbound.acme.example>',
          'In-Reply-To': '<t@inbound.acme.example>',
          References: '<t@inbound.acme.example>',
        },
      }),
    );
    expect(bodyOf(fake)).toMatchObject({
      ReplyTo: 'support+a1b2c3d4e5-7-abcdefghijklmnop@inbound.acme.example',
      Headers: [
        { Name: 'Message-ID', Value: '<m1@inbound.acme.example>' },
        { Name: 'In-Reply-To', Value: '<t@inbound.acme.example>' },
        { Name: 'References', Value: '<t@inbound.acme.example>' },
      ],
    });
  });

  it('refuses a Reply-To that is not one address', async () => {
    const error = await sendExpectingFailure(transport, buildMail({ replyTo: 'a@x.example, b@y.example' }));
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a custom header that would break the header block', async () => {
    const error = await sendExpectingFailure(transport, buildMail({ headers: { 'X-Ref': 'a\r\nBcc: b@y.com' } }));

    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('when Postmark says no, the queue is told whether to try again', () => {
  it('does not retry an invalid request (422, ErrorCode 300)', async () => {
    fake.respondWith(() => fakePostmarkReplies.invalidRequest());

    const error = await sendExpectingFailure(transport);

    expect(error).toMatchObject({ retryable: false, status: 422, providerCode: 300 });
    expect(error.message).toContain('Invalid email request');
  });

  it('never retries an inactive recipient answered with HTTP 406', async () => {
    fake.respondWith(() => fakePostmarkReplies.inactiveRecipient('ada@customer.example', 406));

    const error = await sendExpectingFailure(transport);

    expect(error).toMatchObject({ retryable: false, status: 406, providerCode: 406 });
  });

  it('never retries an inactive recipient answered the way Postmark does (422, ErrorCode 406)', async () => {
    fake.respondWith(() => fakePostmarkReplies.inactiveRecipient('ada@customer.example'));

    const error = await sendExpectingFailure(transport);

    expect(error).toMatchObject({ retryable: false, status: 422, providerCode: 406 });
  });

  it('does not retry other 4xx answers', async () => {
    fake.respondWith(() => ({ status: 409, body: { ErrorCode: 1, Message: 'Conflict' } }));

    expect(await sendExpectingFailure(transport)).toMatchObject({ retryable: false, status: 409, providerCode: 1 });
  });

  it('does not retry with a bad token, and never repeats the token in the error', async () => {
    const wrongToken = 'pm-wrong-token-0000-secret';
    const misconfigured = createPostmarkTransport({ serverToken: wrongToken, apiUrl: fake.url });

    const error = await sendExpectingFailure(misconfigured);

    expect(error).toMatchObject({ retryable: false, status: 401, providerCode: 10 });
    expect(`${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`).not.toContain(wrongToken);
  });

  it('cuts the token out of an error even if Postmark were to echo it', async () => {
    fake.respondWith(() => ({ status: 422, body: { ErrorCode: 300, Message: `Token ${TOKEN} cannot send` } }));

    const error = await sendExpectingFailure(transport);

    expect(`${error.message}\n${error.stack ?? ''}\n${JSON.stringify(error)}`).not.toContain(TOKEN);
    expect(error.message).toContain('[redacted]');
  });

  it.each([
    ['rate limited (429)', () => fakePostmarkReplies.rateLimited(), 429],
    ['failing (500)', fakePostmarkReplies.serverError, 500],
    ['unavailable (503)', fakePostmarkReplies.unavailable, 503],
    ['answering 502 without a body', () => ({ status: 502 }), 502],
  ])('retries later when Postmark is %s', async (_label, reply, status) => {
    fake.respondWith(reply);

    const error = await sendExpectingFailure(transport);

    expect(error).toMatchObject({ retryable: true, status });
  });

  it("honours Postmark's Retry-After on a 429, given in seconds or as an HTTP date", async () => {
    fake.respondWith(() => fakePostmarkReplies.rateLimited('120'));
    expect((await sendExpectingFailure(transport)).retryAfterMs).toBe(120_000);

    const now = Date.parse('2030-01-01T00:00:00Z');
    const clocked = createPostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url, now: () => now });
    fake.respondWith(() => fakePostmarkReplies.rateLimited('Tue, 01 Jan 2030 00:05:00 GMT'));
    expect((await sendExpectingFailure(clocked)).retryAfterMs).toBe(300_000);

    fake.respondWith(() => fakePostmarkReplies.rateLimited());
    expect((await sendExpectingFailure(transport)).retryAfterMs).toBeUndefined();
  });

  it('reads Retry-After as delay-seconds or an HTTP date, and ignores anything else', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 30 ', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries later when Postmark does not answer in time', async () => {
    fake.respondWith(() => fakePostmarkReplies.hang());
    const impatient = createPostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url, timeoutMs: 150 });

    const started = Date.now();
    const error = await sendExpectingFailure(impatient);

    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error.retryable).toBe(true);
    expect(error.status).toBeUndefined();
    expect(error.message).not.toContain(TOKEN);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries later when Postmark cannot be reached at all', async () => {
    const closedPort = await findClosedPort();
    const unreachable = createPostmarkTransport({ serverToken: TOKEN, apiUrl: `http://127.0.0.1:${closedPort}` });

    const error = await sendExpectingFailure(unreachable);

    expect(error.retryable).toBe(true);
    expect(error.status).toBeUndefined();
    expect(error.message).not.toContain(TOKEN);
  });
});

describe('configuration', () => {
  it('refuses an empty token, a non-http API URL and credentials in the URL', () => {
    expect(() => createPostmarkTransport({ serverToken: '  ' })).toThrow('token is empty');
    expect(() => createPostmarkTransport({ serverToken: TOKEN, apiUrl: 'ftp://postmark.example' })).toThrow('http(s)');
    expect(() => createPostmarkTransport({ serverToken: TOKEN, apiUrl: 'https://u:p@postmark.example' })).toThrow('without credentials');
  });
});

// A port that was free a moment ago: connecting to it is refused, like Postmark being unreachable.
async function findClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
