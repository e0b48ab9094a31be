import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { InboundMailConfig } from '../../config';
import { INBOUND_WEBHOOK_PATH } from '../inbound/inbound.routes';
import type { PostmarkInboundPayload } from '../inbound/postmark-inbound';
import type { OutgoingEmail } from './outgoing-email.entity';

/** One email a developer writes on the outbox page: from, to, subject, text, and what it answers. */
export interface DevInboundEmail {
  from: string;
  fromName?: string;
  to: string;
  subject: string;
  text: string;
  /** Message-ID of the email answered (threading headers), if any. */
  inReplyTo?: string;
  /** Files, sent base64-encoded in `Attachments` as Postmark does. */
  files?: { name: string; contentType: string; content: Buffer }[];
}

/**
 * The JSON Postmark would post for this email, every documented field filled as Postmark fills it
 * (https://postmarkapp.com/developer/webhooks/inbound-webhook): the outbox page's "reply" and "new
 * request" buttons send exactly what production receives.
 */
export function devInboundPayload(email: DevInboundEmail, now = new Date()): Required<PostmarkInboundPayload> & Record<string, unknown> {
  const [local = '', domain = ''] = email.to.split('@');
  const plus = local.indexOf('+');
  const mailboxHash = plus < 0 ? '' : local.slice(plus + 1);
  const headers = [
    { Name: 'Return-Path', Value: `<${email.from}>` },
    { Name: 'Message-ID', Value: `<${randomUUID()}@dev.${domain || 'localhost'}>` },
    { Name: 'X-Spam-Status', Value: 'No' },
    ...(email.inReplyTo
      ? [
          { Name: 'In-Reply-To', Value: email.inReplyTo },
          { Name: 'References', Value: email.inReplyTo },
        ]
      : []),
  ];
  const name = email.fromName ?? email.from.split('@')[0];
  return {
    FromName: name,
    MessageStream: 'inbound',
    From: email.from,
    FromFull: { Email: email.from, Name: name, MailboxHash: '' },
    To: email.to,
    ToFull: [{ Email: email.to, Name: '', MailboxHash: mailboxHash }],
    Cc: '',
    CcFull: [],
    Bcc: '',
    BccFull: [],
    OriginalRecipient: email.to,
    Subject: email.subject,
    MessageID: randomUUID(),
    ReplyTo: '',
    MailboxHash: mailboxHash,
    Date: now.toUTCString(),
    TextBody: email.text,
    HtmlBody: '',
    // Postmark fills this only for replies it can cut; leaving it empty makes the product cut them itself.
    StrippedTextReply: '',
    Tag: '',
    Headers: headers,
    Attachments: (email.files ?? []).map((f) => ({
      Name: f.name,
      Content: f.content.toString('base64'),
      ContentType: f.contentType || 'application/octet-stream',
      ContentLength: f.content.length,
    })),
  };
}

/** A reply to a stored email, quoting it below the new text the way mail clients do. */
export function devReply(email: OutgoingEmail, text: string): DevInboundEmail | null {
  if (!email.replyTo) return null;
  const quoted = email.textBody
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const subject = /^re:/i.test(email.subject) ? email.subject : `Re: ${email.subject}`;
  const on = `On ${email.createdAt.toUTCString()}, ${email.fromName ?? email.fromAddress} <${email.fromAddress}> wrote:`;
  return {
    from: email.toAddress,
    to: email.replyTo,
    subject,
    text: `${text.trim()}\n\n${on}\n${quoted}\n`,
    ...(email.headers?.['Message-ID'] ? { inReplyTo: email.headers['Message-ID'] } : {}),
  };
}

/** Posts a payload to this server's own webhook over HTTP, with the configured basic auth, as Postmark does. */
export function postToOwnWebhook(
  target: { port: number; hostHeader: string },
  inbound: InboundMailConfig,
  payload: unknown,
): Promise<{ status: number; body: string }> {
  const body = Buffer.from(JSON.stringify(payload));
  const auth = Buffer.from(`${inbound.webhook.username}:${inbound.webhook.password}`).toString('base64');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: INBOUND_WEBHOOK_PATH,
        method: 'POST',
        headers: {
          host: target.hostHeader,
          'content-type': 'application/json',
          'content-length': body.length,
          authorization: `Basic ${auth}`,
          'user-agent': 'Postmark (ActionConnect development outbox)',
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('the webhook did not answer')));
    req.on('error', reject);
    req.end(body);
  });
}
