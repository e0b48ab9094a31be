import express from 'express';
import { escapeHtml, simplePage } from '../../http/pages';
import type { DevOutbox } from './dev-outbox.cross-tenant';

/**
 * The development outbox (never mounted in production or when Postmark is configured): every
 * email the product sent, newest first, at /dev/mail (rendered) and /dev/mail.json.
 */
export function devMailRoutes(outbox: DevOutbox): express.Router {
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
      const email = /^[0-9a-f-]{36}$/.test(req.params.id) ? await outbox.byId(req.params.id) : null;
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

  router.get('/dev/mail', async (_req, res, next) => {
    try {
      const emails = await latest();
      const rows = emails
        .map(
          (e) => `<article style="border-top:1px solid #e2e8f0;padding:16px 0">
  <div><strong>${escapeHtml(e.subject)}</strong> <small>(${escapeHtml(e.status)})</small></div>
  <div style="color:#64748b;font-size:.875rem">To ${escapeHtml(e.toAddress)} · ${escapeHtml(e.tag)} · ${escapeHtml(e.createdAt.toISOString())} · <a href="/dev/mail/${e.id}.html">HTML version</a></div>
  <pre style="white-space:pre-wrap;background:#f8fafc;padding:12px;border-radius:8px">${escapeHtml(e.textBody)}</pre>
</article>`,
        )
        .join('');
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send(
        simplePage({
          title: 'Development outbox · ActionConnect',
          body: `<h1>Development outbox</h1><p>Emails are stored here instead of being sent, because <code>POSTMARK_SERVER_TOKEN</code> is not set. Newest first; also as <a href="/dev/mail.json">JSON</a>.</p>${rows || '<p>No email yet.</p>'}`,
        }),
      );
    } catch (error) {
      next(error);
    }
  });
  return router;
}
