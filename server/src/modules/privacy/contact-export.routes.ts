import express, { type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../compose';
import { DomainError, ErrorCode } from '../../errors';
import { findSession, identityFor, type RequestAuth } from '../../http/request-auth';
import { contentDisposition } from '../attachments/attachment.routes';
import type { RateLimit } from '../auth/rate-limiter';

/** Exports per contact: 10 an hour. Each one reads all their rows and up to 20 MB of files. */
export const EXPORT_LIMIT: RateLimit = { max: 10, windowMs: 3_600_000 };

/** Where the portal's "Your data" page downloads the export from. */
export const EXPORT_PATH = '/my-data/export';

/**
 * `GET /my-data/export` on a portal host: the signed-in contact's own data as one JSON file
 * (GDPR Article 15). A plain authenticated download rather than a GraphQL query: the browser saves
 * it as a file as it arrives, with no client code, and its file contents need no schema of their
 * own. It changes nothing, so a cross-site GET can only make the contact download their own file.
 */
export function contactExportRoutes(deps: { services: Services; auth: RequestAuth }): express.Router {
  const { services, auth } = deps;
  const router = express.Router();
  router.get(EXPORT_PATH, async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.setHeader('Cache-Control', 'private, no-store');
      const host = res.locals.host;
      const { viewer } = identityFor(await findSession(auth, req, host), host);
      if (viewer.kind !== 'contact' || host.kind !== 'portal') {
        res.status(401).json({ errors: [{ message: 'Sign in to download your data.', extensions: { code: ErrorCode.Unauthenticated } }] });
        return;
      }
      await services.auth.rateLimiter.hit([{ key: `export:contact:${viewer.contactId}`, limit: EXPORT_LIMIT }]);
      const now = new Date();
      const data = await services.privacy.exports.build({ organizationId: viewer.organizationId, contactId: viewer.contactId }, now);
      const name = `${host.organization.slug}-my-data-${now.toISOString().slice(0, 10)}.json`;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Disposition', contentDisposition('attachment', name));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.send(JSON.stringify(data, null, 2));
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.RateLimited) {
        const retry = error.details.retryAfterSeconds;
        if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
        res.status(429).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      next(error);
    }
  });
  return router;
}
