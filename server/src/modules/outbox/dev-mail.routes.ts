import busboy from 'busboy';
import express from 'express';
import type { InboundMailConfig } from '../../config';
import { escapeHtml, simplePage } from '../../http/pages';
import type { ReplyAddresses } from '../inbound/reply-address';
import type { PublicUrls } from '../organizations/public-urls';
import { devInboundPayload, devReply, postToOwnWebhook, type DevInboundEmail } from './dev-inbound';
import type { DevOutbox } from './dev-outbox.cross-tenant';
import type { OutgoingEmail } from './outgoing-email.entity';

/** What the development outbox page needs. */
export interface DevMailDeps {
  outbox: DevOutbox;
  urls: PublicUrls;
  /** Inbound mail, for the "reply" and "new request" buttons (they post to the real webhook). */
  inbound: InboundMailConfig | null;
  replies: ReplyAddresses;
}

const UUID = /^[0-9a-f-]{36}$/;

/**
 * The development outbox (never mounted in production or when Postmark is configured): every
 * email the product sent, newest first, at /dev/mail (rendered) and /dev/mail.json. Each email a
 * contact can answer has a "reply" form, and the page a "new request by email" form: both post
 * Postmark's inbound JSON, with the webhook's basic auth, to this server's own webhook, so the
 * whole email loop works with `npm start` alone.
 */
export function devMailRoutes(deps: DevMailDeps): express.Router {
  const { outbox } = deps;
  const router = express.Router();
  const latest = () => outbox.latest();

  router.get('/dev/mail.json', async (_req, res, next) => {
    try {
      const emails = await latest();
      res.setHeader('Cache-Control', 'no-store');
      res.json(
        emails.map((e) => ({
          id: e.id,
          to: e.toAddress,
          from: e.fromAddress,
          fromName: e.fromName,
          replyTo: e.replyTo,
          headers: e.headers ?? {},
          subject: e.subject,
          tag: e.tag,
          status: e.status,
          text: e.textBody,
          html: e.htmlBody,
          createdAt: e.createdAt.toISOString(),
        })),
      );
    } catch (error) {
      next(error);
    }
  });

  router.get('/dev/mail/:id.html', async (req, res, next) => {
    try {
      const email = UUID.test(req.params.id) ? await outbox.byId(req.params.id) : null;
      if (!email) return next();
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; sandbox allow-popups allow-popups-to-escape-sandbox",
      );
      res.type('html').send(email.htmlBody);
    } catch (error) {
      next(error);
    }
  });

  const form = express.urlencoded({ extended: false, limit: '200kb' });
  // Same-origin only: another site open in the developer's browser must not post mail here.
  const sameOrigin: express.RequestHandler = (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || origin === deps.urls.appOrigin()) return next();
    res.status(403).type('text/plain').send('Cross-origin form posts are refused.');
  };

  router.post('/dev/mail/:id/reply', sameOrigin, form, async (req, res, next) => {
    try {
      const id = String(req.params.id);
      const email = UUID.test(id) ? await outbox.byId(id) : null;
      if (!email) return next();
      const { text, files } = await readReplyForm(req);
      const reply = devReply(email, text || 'Thanks, that helps.');
      if (!reply) return void res.status(400).type('text/plain').send('This email has no reply address.');
      await deliver({ ...reply, files }, res);
    } catch (error) {
      next(error);
    }
  });

  router.post('/dev/mail/new-request', sameOrigin, form, async (req, res, next) => {
    try {
      const field = (name: string) => (typeof req.body?.[name] === 'string' ? (req.body[name] as string).trim() : '');
      const organization = (await outbox.organizations()).find((o) => o.id === field('organizationId'));
      const to = organization ? deps.replies.requestAddress(organization) : null;
      if (!to) return void res.status(400).type('text/plain').send('Pick an organization.');
      await deliver(
        {
          from: field('from') || 'new.customer@example.test',
          to,
          subject: field('subject') || 'A question',
          text: field('text') || 'Hello!',
        },
        res,
      );
    } catch (error) {
      next(error);
    }
  });

  // Posts the email to the webhook as Postmark would, then back to the page with what it answered.
  async function deliver(email: DevInboundEmail, res: express.Response): Promise<void> {
    if (!deps.inbound) return void res.status(400).type('text/plain').send('Inbound mail is off (INBOUND_EMAIL_DOMAIN).');
    const app = new URL(deps.urls.appOrigin());
    const answer = await postToOwnWebhook({ port: Number(app.port || 80), hostHeader: app.host }, deps.inbound, devInboundPayload(email));
    let outcome = `HTTP ${answer.status}`;
    try {
      outcome = (JSON.parse(answer.body) as { outcome?: string }).outcome ?? outcome;
    } catch {
      // not JSON: keep the status
    }
    res.redirect(303, `/dev/mail?sent=${encodeURIComponent(outcome)}`);
  }

  router.get('/dev/mail', async (req, res, next) => {
    try {
      const [emails, organizations] = await Promise.all([latest(), outbox.organizations()]);
      const sent = typeof req.query.sent === 'string' ? req.query.sent.slice(0, 40) : null;
      const notice = sent
        ? `<p role="status" style="background:#ecfdf5;padding:8px 12px;border-radius:8px">The webhook answered: <strong>${escapeHtml(sent)}</strong>. New mail appears below within a second or two.</p>`
        : '';
      const options = organizations
        .map((o) => `<option value="${o.id}">${escapeHtml(o.name)} · ${escapeHtml(deps.replies.requestAddress(o) ?? '')}</option>`)
        .join('');
      const newRequest =
        deps.inbound && organizations.length
          ? `<details style="margin:16px 0"><summary>Write a new request by email</summary>
<form method="post" action="/dev/mail/new-request" style="display:grid;gap:8px;margin-top:8px">
<label>To <select name="organizationId">${options}</select></label>
<label>From <input name="from" type="email" value="new.customer@example.test" required></label>
<label>Subject <input name="subject" value="A question"></label>
<textarea name="text" rows="4">Hello! I have a question.</textarea>
<button type="submit">Send to the inbound webhook</button></form></details>`
          : '';
      const rows = emails.map((e) => row(e, deps.inbound !== null)).join('');
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send(
        simplePage({
          title: 'Development outbox · ActionConnect',
          body: `<h1>Development outbox</h1><p>Emails are stored here instead of being sent, because <code>POSTMARK_SERVER_TOKEN</code> is not set. Newest first; also as <a href="/dev/mail.json">JSON</a>. "Reply" posts what Postmark's inbound webhook would to <code>/webhooks/postmark/inbound</code>.</p>${notice}${newRequest}${rows || '<p>No email yet.</p>'}`,
        }),
      );
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function row(e: OutgoingEmail, canReply: boolean): string {
  const replyTo = e.replyTo ? ` · Reply-To ${escapeHtml(e.replyTo)}` : '';
  const reply =
    canReply && e.replyTo
      ? `<form method="post" action="/dev/mail/${e.id}/reply" enctype="multipart/form-data" style="display:grid;gap:8px">
  <textarea name="text" rows="3" aria-label="Your reply">Thanks, that helps.</textarea>
  <label>Attach a file (optional) <input type="file" name="file"></label>
  <button type="submit">Reply to this email</button></form>`
      : '';
  // Ticket emails never carry files (they list them, with the portal link to download them): the list is in the text below.
  return `<article style="border-top:1px solid #e2e8f0;padding:16px 0">
  <div><strong>${escapeHtml(e.subject)}</strong> <small>(${escapeHtml(e.status)})</small></div>
  <div style="color:#64748b;font-size:.875rem">To ${escapeHtml(e.toAddress)}${replyTo} · ${escapeHtml(e.tag)} · ${escapeHtml(e.createdAt.toISOString())} · <a href="/dev/mail/${e.id}.html">HTML version</a></div>
  <pre style="white-space:pre-wrap;background:#f8fafc;padding:12px;border-radius:8px">${escapeHtml(e.textBody)}</pre>
  ${reply}
</article>`;
}

const REPLY_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The reply form: its text, and the file chosen (if any) as a Postmark attachment would carry it. */
function readReplyForm(req: express.Request): Promise<{ text: string; files: DevInboundEmail['files'] }> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) {
    // Already read by the urlencoded parser (which leaves multipart bodies alone).
    const body = (req as { body?: Record<string, unknown> }).body;
    return Promise.resolve({ text: typeof body?.text === 'string' ? body.text : '', files: [] });
  }
  return new Promise((resolve, reject) => {
    const parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 5, fileSize: REPLY_FILE_MAX_BYTES },
    });
    let text = '';
    const files: NonNullable<DevInboundEmail['files']> = [];
    parser.on('field', (name, value) => {
      if (name === 'text') text = value;
    });
    parser.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const content = Buffer.concat(chunks);
        if (info.filename && content.length) files.push({ name: info.filename, contentType: info.mimeType, content });
      });
    });
    parser.on('close', () => resolve({ text, files }));
    parser.on('error', reject);
    req.pipe(parser);
  });
}
