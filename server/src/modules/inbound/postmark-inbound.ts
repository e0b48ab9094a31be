import { normalizeEmail } from '@actionconnect/shared';

/** One attachment of an inbound email, as Postmark sends it (base64 content). */
export interface PostmarkInboundAttachment {
  Name: string;
  Content: string;
  ContentType: string;
  ContentLength: number;
}

/** The fields of Postmark's inbound webhook JSON the product reads (https://postmarkapp.com/developer/webhooks/inbound-webhook). */
export interface PostmarkInboundPayload {
  MessageID: string;
  MailboxHash?: string;
  From?: string;
  FromName?: string;
  FromFull?: { Email?: string; Name?: string; MailboxHash?: string };
  To?: string;
  ToFull?: { Email?: string; Name?: string; MailboxHash?: string }[];
  OriginalRecipient?: string;
  Subject?: string;
  TextBody?: string;
  HtmlBody?: string;
  StrippedTextReply?: string;
  Headers?: { Name: string; Value: string }[];
  Attachments?: PostmarkInboundAttachment[];
  Date?: string;
}

/** An inbound email, checked and normalized. */
export interface InboundMessage {
  messageId: string;
  /** Lower-case sender address. */
  from: string;
  fromName: string | null;
  mailboxHash: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  strippedTextReply: string;
  /** Header names lower-cased; a repeated header keeps every value. */
  headers: Map<string, string[]>;
  attachments: PostmarkInboundAttachment[];
}

/** A payload Postmark would never send: answered 400 with `code`. */
export class InboundPayloadError extends Error {
  constructor(
    readonly code: 'INVALID_PAYLOAD',
    message: string,
  ) {
    super(message);
    this.name = 'InboundPayloadError';
  }
}

const ADDRESS = /^[^\s@<>,;"]{1,200}@[^\s@<>,;"]{1,200}$/;

/** Checks the shape of Postmark's JSON and normalizes it; throws InboundPayloadError. */
export function parseInboundPayload(body: unknown): InboundMessage {
  if (!isRecord(body)) throw new InboundPayloadError('INVALID_PAYLOAD', 'The body must be a JSON object.');
  const messageId = str(body.MessageID).trim();
  if (!messageId || messageId.length > 100)
    throw new InboundPayloadError('INVALID_PAYLOAD', 'MessageID is required (at most 100 characters).');
  const fromFull = isRecord(body.FromFull) ? body.FromFull : {};
  const rawFrom = str(fromFull.Email) || str(body.From);
  const from = normalizeEmail(rawFrom) ?? normalizeEmail(/<([^<>]*)>\s*$/.exec(rawFrom)?.[1] ?? '');
  if (!from || !ADDRESS.test(from)) throw new InboundPayloadError('INVALID_PAYLOAD', 'From (or FromFull.Email) must be one email address.');
  const headers = new Map<string, string[]>();
  for (const header of Array.isArray(body.Headers) ? body.Headers : []) {
    if (!isRecord(header) || typeof header.Name !== 'string') continue;
    const name = header.Name.toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), str(header.Value)]);
  }
  const attachments: PostmarkInboundAttachment[] = [];
  for (const a of Array.isArray(body.Attachments) ? body.Attachments : []) {
    if (!isRecord(a) || typeof a.Content !== 'string')
      throw new InboundPayloadError('INVALID_PAYLOAD', 'Each attachment needs a base64 Content.');
    attachments.push({
      Name: str(a.Name),
      Content: a.Content,
      ContentType: str(a.ContentType),
      ContentLength: typeof a.ContentLength === 'number' ? a.ContentLength : 0,
    });
  }
  return {
    messageId,
    from,
    fromName: str(fromFull.Name) || str(body.FromName) || null,
    mailboxHash: str(body.MailboxHash) || hashOf(str(body.OriginalRecipient)),
    subject: str(body.Subject),
    textBody: str(body.TextBody),
    htmlBody: str(body.HtmlBody),
    strippedTextReply: str(body.StrippedTextReply),
    headers,
    attachments,
  };
}

/** Why an email must get no answer and add nothing: an auto-reply, a bounce, a list, or our own mail coming back. */
export function automaticMailReason(message: InboundMessage, ownAddresses: { from: string; inboundDomain: string | null }): string | null {
  const first = (name: string) => message.headers.get(name)?.[0]?.trim().toLowerCase();
  const autoSubmitted = first('auto-submitted');
  if (autoSubmitted !== undefined && autoSubmitted.split(';')[0].trim() !== 'no') return `Auto-Submitted: ${autoSubmitted}`.slice(0, 200);
  if (message.headers.has('x-autoreply') || message.headers.has('x-autorespond')) return 'auto-reply header';
  const precedence = first('precedence');
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  if (message.headers.has('x-failed-recipients')) return 'bounce';
  const [local, domain] = message.from.split('@');
  if (local === 'mailer-daemon' || local === 'postmaster') return 'bounce';
  if (message.from === ownAddresses.from.trim().toLowerCase()) return 'our own sender address';
  if (ownAddresses.inboundDomain && domain === ownAddresses.inboundDomain) return 'our own inbound domain';
  return null;
}

/**
 * Whether the sender's domain says this server may not send its mail (`Received-SPF: Fail`, which
 * Postmark adds to inbound mail): a `From` that cannot be taken at its word. Softfail and neutral
 * are common for forwarded mail and do not count.
 */
export function spfFailed(message: InboundMessage): boolean {
  return /^\s*fail\b/i.test(message.headers.get('received-spf')?.[0] ?? '');
}

// `support+hash@domain` → `hash`, when Postmark left MailboxHash empty.
function hashOf(address: string): string {
  const local = address.split('@')[0] ?? '';
  const plus = local.indexOf('+');
  return plus < 0 ? '' : local.slice(plus + 1);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
