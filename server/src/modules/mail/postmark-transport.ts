import { AsyncLocalStorage } from 'node:async_hooks';
import { Errors, ServerClient } from 'postmark';
import type { Header, Message } from 'postmark';
import { MailDeliveryError } from './mail-message';
import type { MailSendResult, MailTransport, OutgoingMail } from './mail-message';

export interface PostmarkTransportOptions {
  serverToken: string;
  /** Base URL of the API, e.g. a local fake in tests; defaults to Postmark's own API over HTTPS. */
  apiUrl?: string;
  /** Give up on a request after this long (default 10 s); the queue retries it later. */
  timeoutMs?: number;
  /** The clock `Retry-After` dates are read against (tests). */
  now?: () => number;
}

const DEFAULT_API_URL = 'https://api.postmarkapp.com';
// Short, so a hanging Postmark holds a delivery slot for seconds, not minutes (issue 10.12).
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MESSAGE_STREAM = 'outbound';

// One address and nothing else: a comma, semicolon or angle bracket would let a crafted
// "email" such as `a@x.com,b@y.com` make Postmark deliver to someone else too.
const SINGLE_ADDRESS = /^[^\s@,;:<>()"[\]\\\p{Cc}]+@[^\s@,;:<>()"[\]\\\p{Cc}]+$/u;
// RFC 9110 token characters; anything else in a header name is a bug, not a send to retry.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Control characters, line/paragraph separators and bidi overrides: the first two can break
// header lines, the last can make a sender name read as something it is not.
const UNSAFE_DISPLAY_CHARS = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/gu;

/** Creates a transport that sends through Postmark's email API with the official client. */
export function createPostmarkTransport(options: PostmarkTransportOptions): MailTransport {
  const { serverToken } = options;
  if (serverToken.trim() === '') {
    throw new Error('Postmark server token is empty');
  }
  const endpoint = parseApiUrl(options.apiUrl ?? DEFAULT_API_URL);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) {
    throw new Error(`Postmark timeoutMs must be positive, got ${timeoutMs}`);
  }
  const now = options.now ?? Date.now;
  // The client's errors carry no response headers, so its fetch is wrapped to keep `Retry-After`
  // for the send in whose async context the request ran (sends run concurrently).
  const retryAfter = new AsyncLocalStorage<{ value: string | null }>();
  const client = new ServerClient(serverToken, {
    requestHost: endpoint.requestHost,
    useHttps: endpoint.useHttps,
    // The client counts in seconds; fractions work because it multiplies by 1000.
    timeout: timeoutMs / 1000,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const seen = retryAfter.getStore();
      if (seen && !response.ok) seen.value = response.headers.get('retry-after');
      return response;
    },
  });

  return {
    name: 'postmark',
    async send(mail: OutgoingMail): Promise<MailSendResult> {
      const message = toPostmarkMessage(mail);
      const seen = { value: null as string | null };
      try {
        const response = await retryAfter.run(seen, () => client.sendEmail(message));
        return { providerMessageId: typeof response.MessageID === 'string' ? response.MessageID : null };
      } catch (error) {
        throw classifyPostmarkFailure(error, serverToken, parseRetryAfter(seen.value, now()));
      }
    },
  };
}

/** Formats a From header value, quoting the display name so it cannot smuggle extra addresses or lines. */
export function formatSender(address: string, name?: string): string {
  const safeName = (name ?? '')
    .replace(UNSAFE_DISPLAY_CHARS, ' ')
    // Dropping rather than escaping quotes and backslashes keeps the name legible in every client.
    .replace(/["\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return safeName === '' ? address : `"${safeName}" <${address}>`;
}

function toPostmarkMessage(mail: OutgoingMail): Message {
  assertSingleAddress('to', mail.to);
  assertSingleAddress('from', mail.from);
  const message: Message = {
    From: formatSender(mail.from, mail.fromName),
    To: mail.to,
    Subject: mail.subject.replace(UNSAFE_DISPLAY_CHARS, ' ').trim(),
    HtmlBody: mail.html,
    TextBody: mail.text,
    MessageStream: mail.messageStream ?? DEFAULT_MESSAGE_STREAM,
  };
  if (mail.replyTo !== undefined) {
    assertSingleAddress('replyTo', mail.replyTo);
    message.ReplyTo = mail.replyTo;
  }
  if (mail.tag !== undefined) message.Tag = mail.tag;
  if (mail.headers !== undefined) message.Headers = toPostmarkHeaders(mail.headers);
  if (mail.metadata !== undefined) message.Metadata = { ...mail.metadata };
  return message;
}

/**
 * Milliseconds a `Retry-After` header asks to wait: delay-seconds or an HTTP date (RFC 9110 10.2.3).
 * Undefined when absent or unreadable; a date in the past means "now" (0).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const raw = (value ?? '').trim();
  if (raw === '') return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  // An HTTP date always names its weekday and month; this keeps `-5` from parsing as the year -5.
  const at = /[A-Za-z]{3}/.test(raw) ? Date.parse(raw) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

function assertSingleAddress(field: 'to' | 'from' | 'replyTo', address: string): void {
  if (!SINGLE_ADDRESS.test(address)) {
    // Deliberately not echoing the address: it may be attacker-chosen and ends up in logs.
    throw new MailDeliveryError(`Refusing to send: "${field}" is not a single email address`, { retryable: false });
  }
}

function toPostmarkHeaders(headers: Record<string, string>): Header[] {
  return Object.entries(headers).map(([name, value]) => {
    if (!HEADER_NAME.test(name) || /[\r\n\0]/.test(value)) {
      throw new MailDeliveryError(`Refusing to send: header "${name.replace(/[^\x20-\x7e]/g, '?')}" is malformed`, {
        retryable: false,
      });
    }
    return { Name: name, Value: value };
  });
}

function parseApiUrl(apiUrl: string): { requestHost: string; useHttps: boolean } {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new Error('Postmark apiUrl is not a valid URL');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') {
    throw new Error('Postmark apiUrl must be a plain http(s) URL without credentials');
  }
  // The client builds `${scheme}://${requestHost}${path}`, so a path prefix can ride on the host.
  return { requestHost: url.host + url.pathname.replace(/\/+$/, ''), useHttps: url.protocol === 'https:' };
}

// SECURITY.md line 23: 429 and 5xx are Postmark being busy or down, so try again later;
// every other 4xx (406 inactive recipient, 422 invalid request, 401 bad token) will fail the same way again.
function classifyPostmarkFailure(error: unknown, serverToken: string, retryAfterMs: number | undefined): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const detail = redact(error instanceof Error ? error.message : String(error), serverToken);
  if (!(error instanceof Errors.PostmarkError) || error.statusCode === 0) {
    // No HTTP response at all: a timeout, a refused or reset connection, DNS. Postmark may be fine a minute from now.
    return new MailDeliveryError(`Postmark request failed without a response: ${detail}`, { retryable: true });
  }
  const status = error.statusCode;
  const providerCode = error.code === 0 ? undefined : error.code;
  const retryable = status === 429 || status >= 500;
  const codeText = providerCode === undefined ? '' : `, ErrorCode ${providerCode}`;
  return new MailDeliveryError(`Postmark ${retryable ? 'failed' : 'rejected the message'} (HTTP ${status}${codeText}): ${detail}`, {
    retryable,
    status,
    ...(providerCode === undefined ? {} : { providerCode }),
    ...(retryable && retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

// Postmark does not echo tokens today, but error messages end up in logs and job tables,
// so a token that ever appears in one is cut out rather than trusted not to.
function redact(text: string, serverToken: string): string {
  // The client sends the trimmed token, so both spellings are cut.
  return [serverToken, serverToken.trim()].reduce((acc, token) => acc.split(token).join('[redacted]'), text);
}
