import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One HTTP request as the fake received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  /** Node lower-cases header names: read `headers['x-postmark-server-token']`. */
  headers: IncomingHttpHeaders;
  /** The JSON body parsed, or null when it was missing or not JSON. */
  body: unknown;
  rawBody: string;
}

/**
 * What the fake should answer: a status with a JSON body and extra headers (e.g. `Retry-After`),
 * nothing at all (to provoke a timeout), or another answer after a delay (a slow Postmark).
 */
export type FakePostmarkReply =
  { status: number; body?: unknown; headers?: Record<string, string> } | { hang: true } | { delayMs: number; then?: FakePostmarkReply };

/** Decides the answer to a well-formed `POST /email`; returning undefined gives Postmark's normal success. */
export type FakePostmarkResponder = (request: ReceivedRequest) => FakePostmarkReply | undefined;

/**
 * Runs when an email has arrived and before the fake answers it: the moment Postmark has the email
 * and the sender does not yet know. If it throws, the connection is dropped unanswered.
 */
export type FakePostmarkSendHook = (request: ReceivedRequest) => Promise<void> | void;

export interface FakePostmark {
  /** Base URL to pass as the transport's `apiUrl`. */
  url: string;
  /** The token the fake accepts; anything else gets Postmark's 401. */
  serverToken: string;
  /** Every request received, in order, including rejected ones. */
  requests: ReceivedRequest[];
  respondWith(responder: FakePostmarkResponder): void;
  /** Sets (or, with undefined, clears) the hook run before each well-formed `POST /email` is answered. */
  onSend(hook: FakePostmarkSendHook | undefined): void;
  close(): Promise<void>;
}

export interface FakePostmarkOptions {
  serverToken?: string;
}

/** Canned answers shaped like the ones Postmark's API really gives. */
export const fakePostmarkReplies = {
  invalidRequest: (): FakePostmarkReply => ({ status: 422, body: { ErrorCode: 300, Message: 'Invalid email request' } }),
  /** Postmark answers an inactive (bounced, complained, suppressed) recipient with HTTP 422 and ErrorCode 406. */
  inactiveRecipient: (to: string, status = 422): FakePostmarkReply => ({
    status,
    body: {
      ErrorCode: 406,
      Message: `You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${to}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.`,
    },
  }),
  /** A 429, optionally with `Retry-After` (delay-seconds such as `"120"`, or an HTTP date). */
  rateLimited: (retryAfter?: string): FakePostmarkReply => ({
    status: 429,
    body: { ErrorCode: 429, Message: 'Rate limit exceeded' },
    ...(retryAfter === undefined ? {} : { headers: { 'Retry-After': retryAfter } }),
  }),
  serverError: (): FakePostmarkReply => ({ status: 500, body: { ErrorCode: 0, Message: 'Internal Server Error' } }),
  unavailable: (): FakePostmarkReply => ({ status: 503, body: { ErrorCode: 0, Message: 'Service Unavailable' } }),
  hang: (): FakePostmarkReply => ({ hang: true }),
  /** Answers after `ms` (the normal success unless `then` says otherwise). */
  slow: (ms: number, then?: FakePostmarkReply): FakePostmarkReply => ({ delayMs: ms, ...(then ? { then } : {}) }),
};

/** Starts a local HTTP server that speaks Postmark's single-email API, for tests of the real client. */
export async function startFakePostmark(options: FakePostmarkOptions = {}): Promise<FakePostmark> {
  const serverToken = options.serverToken ?? 'fake-postmark-server-token';
  const requests: ReceivedRequest[] = [];
  let responder: FakePostmarkResponder = () => undefined;
  let sendHook: FakePostmarkSendHook | undefined;

  const server = createServer((req, res) => {
    void readBody(req).then(
      (rawBody) => {
        const request: ReceivedRequest = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: parseJson(rawBody),
          rawBody,
        };
        requests.push(request);
        const rejected = checkLikePostmark(request, serverToken);
        if (rejected || !sendHook) return answer(res, rejected ?? responder(request) ?? accepted(request), request);
        Promise.resolve()
          .then(() => sendHook?.(request))
          .then(
            () => answer(res, responder(request) ?? accepted(request), request),
            () => res.destroy(),
          );
      },
      () => res.destroy(),
    ); // the client went away mid-body; nothing left to answer
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    serverToken,
    requests,
    respondWith(next) {
      responder = next;
    },
    onSend(hook) {
      sendHook = hook;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hung and keep-alive connections would otherwise hold close() open forever.
        server.closeAllConnections();
      });
    },
  };
}

function answer(res: ServerResponse, reply: FakePostmarkReply, request: ReceivedRequest): void {
  if ('hang' in reply) return; // the socket stays open until the client gives up or close() runs
  if ('delayMs' in reply) {
    const timer = setTimeout(() => answer(res, reply.then ?? accepted(request), request), reply.delayMs);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  if (!res.destroyed) sendJson(res, reply.status, reply.body, reply.headers);
}

// The checks Postmark makes before looking at the message, so a transport that forgets
// its token or its JSON headers fails here the way it would in production.
function checkLikePostmark(request: ReceivedRequest, serverToken: string): FakePostmarkReply | undefined {
  if (request.method !== 'POST' || request.path !== '/email') {
    return { status: 404, body: { ErrorCode: 0, Message: `No fake for ${request.method} ${request.path}` } };
  }
  const token = request.headers['x-postmark-server-token'];
  if (token === undefined) {
    return {
      status: 401,
      body: { ErrorCode: 10, Message: 'No Account or Server API tokens were supplied in the HTTP headers.' },
    };
  }
  if (token !== serverToken) {
    return {
      status: 401,
      body: { ErrorCode: 10, Message: 'The Server Token you provided in the X-Postmark-Server-Token request header was invalid.' },
    };
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json') || !isRecord(request.body)) {
    return { status: 422, body: { ErrorCode: 402, Message: 'Invalid JSON' } };
  }
  const body = request.body;
  if (typeof body.From !== 'string' || typeof body.To !== 'string' || typeof body.Subject !== 'string') {
    return { status: 422, body: { ErrorCode: 300, Message: 'Invalid email request: From, To and Subject are required.' } };
  }
  if (typeof body.HtmlBody !== 'string' && typeof body.TextBody !== 'string') {
    return { status: 422, body: { ErrorCode: 300, Message: 'Provide either email TextBody or HtmlBody or both.' } };
  }
  return undefined;
}

function accepted(request: ReceivedRequest): FakePostmarkReply {
  const to = isRecord(request.body) ? request.body.To : undefined;
  return {
    status: 200,
    body: { To: to, SubmittedAt: new Date().toISOString(), MessageID: randomUUID(), ErrorCode: 0, Message: 'OK' },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  try {
    return raw === '' ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}
