// Postmark's inbound webhook, as Postmark calls it: its JSON shape and its basic auth.
import { randomUUID } from 'node:crypto';
import type { TestApp, TestResponse } from './http';

/** The JSON Postmark posts for one inbound email (https://postmarkapp.com/developer/webhooks/inbound-webhook). */
export interface InboundJson {
  FromName: string;
  MessageStream: string;
  From: string;
  FromFull: { Email: string; Name: string; MailboxHash: string };
  To: string;
  ToFull: { Email: string; Name: string; MailboxHash: string }[];
  Cc: string;
  CcFull: { Email: string; Name: string; MailboxHash: string }[];
  Bcc: string;
  BccFull: { Email: string; Name: string; MailboxHash: string }[];
  OriginalRecipient: string;
  Subject: string;
  MessageID: string;
  ReplyTo: string;
  MailboxHash: string;
  Date: string;
  TextBody: string;
  HtmlBody: string;
  StrippedTextReply: string;
  Tag: string;
  Headers: { Name: string; Value: string }[];
  Attachments: { Name: string; Content: string; ContentType: string; ContentLength: number }[];
}

/** An inbound email from `from` to `to` (`support+<hash>@<domain>`), with Postmark's every field filled. */
export function inboundJson(from: string, to: string, overrides: Partial<InboundJson> = {}): InboundJson {
  const hash = to.split('@')[0].split('+')[1] ?? '';
  const messageId = `<${randomUUID()}@mail.example.test>`;
  return {
    FromName: 'Sender',
    MessageStream: 'inbound',
    From: from,
    FromFull: { Email: from, Name: 'Sender', MailboxHash: '' },
    To: `"Support" <${to}>`,
    ToFull: [{ Email: to, Name: 'Support', MailboxHash: hash }],
    Cc: '',
    CcFull: [],
    Bcc: '',
    BccFull: [],
    OriginalRecipient: to,
    Subject: 'Hello',
    MessageID: randomUUID(),
    ReplyTo: '',
    MailboxHash: hash,
    Date: new Date().toUTCString(),
    TextBody: 'Hello there.',
    HtmlBody: '',
    StrippedTextReply: '',
    Tag: '',
    Headers: [
      { Name: 'Return-Path', Value: `<${from}>` },
      { Name: 'Message-ID', Value: messageId },
      { Name: 'X-Spam-Status', Value: 'No' },
    ],
    Attachments: [],
    ...overrides,
  };
}

/** Basic auth as Postmark sends it from the credentials in the webhook URL. */
export function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** Posts to the app's inbound webhook with its configured credentials (or `authorization`). */
export function postInbound(app: TestApp, body: unknown, authorization?: string | null): Promise<TestResponse> {
  const webhook = app.config.mail.inbound?.webhook;
  if (!webhook) throw new Error('inbound mail is off in this test app');
  const auth = authorization === undefined ? basicAuth(webhook.username, webhook.password) : authorization;
  return app.request('/webhooks/postmark/inbound', {
    method: 'POST',
    host: 'localhost',
    headers: { 'content-type': 'application/json', 'user-agent': 'Postmark', ...(auth ? { authorization: auth } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
