import { pipeline } from 'node:stream';
import busboy from 'busboy';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Services } from '../../compose';
import { DomainError, ErrorCode } from '../../errors';
import { findSession, identityFor, type RequestAuth } from '../../http/request-auth';
import type { RateLimit } from '../auth/rate-limiter';
import type { FileViewer, UploadedFile } from './attachment.service';
import { FileTooLargeError } from './file-storage';
import { MAX_UPLOAD_BYTES } from './upload-rules';

/** Uploads per contact or agent: 100 an hour, plenty for replies with screenshots, a ceiling for a script. */
export const UPLOAD_LIMIT: RateLimit = { max: 100, windowMs: 3_600_000 };

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** The one answer for a file the caller may not read, whatever the reason: missing, foreign, not theirs, malformed id. */
const NOT_FOUND_BODY = JSON.stringify({ errors: [{ message: 'Attachment not found', extensions: { code: ErrorCode.NotFound } }] });

function jsonError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** A filename for Content-Disposition: an ASCII fallback and the exact UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * `POST /attachments` (multipart, one file) and `GET /attachments/:id`, for a contact on their portal
 * and an agent in the app (SECURITY.md 24). Uploads stream into storage; downloads go only to those
 * who may read the file, everyone else gets the same 404.
 */
export function attachmentRoutes(deps: { services: Services; auth: RequestAuth }): { portal: express.Router; app: express.Router } {
  const { services, auth } = deps;
  const files = services.attachments.files;

  async function viewerOf(req: Request, res: Response): Promise<FileViewer | null> {
    const host = res.locals.host;
    const { viewer } = identityFor(await findSession(auth, req, host), host);
    if (viewer.kind === 'contact' && host.kind === 'portal') {
      return { kind: 'contact', organizationId: viewer.organizationId, contactId: viewer.contactId };
    }
    if (viewer.kind === 'agent' && host.kind === 'app')
      return { kind: 'agent', organizationId: viewer.organizationId, agentId: viewer.agentId };
    return null;
  }

  const router = express.Router();

  router.post('/attachments', async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      // The same CSRF wall as GraphQL: a custom header makes any cross-site request preflighted, and we answer no preflight.
      if (!req.headers['apollo-require-preflight']) {
        return jsonError(res, 400, 'BAD_REQUEST', 'Uploads must send the apollo-require-preflight header.');
      }
      const viewer = await viewerOf(req, res);
      if (!viewer) return jsonError(res, 401, ErrorCode.Unauthenticated, 'Sign in to upload files.');
      if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
        return jsonError(res, 400, ErrorCode.BadUserInput, 'Send the file as multipart/form-data.');
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD) return refuse(req, res, tooLarge());
      const who = viewer.kind === 'agent' ? `agent:${viewer.agentId}` : `contact:${viewer.contactId}`;
      await services.auth.rateLimiter.hit([{ key: `upload:${who}`, limit: UPLOAD_LIMIT }]);
      const uploaded = await receive(req, viewer);
      res.status(201).json(uploaded);
    } catch (error) {
      if (error instanceof FileTooLargeError) return refuse(req, res, tooLarge());
      if (error instanceof DomainError) return refuse(req, res, error);
      if (error instanceof MultipartError) return refuse(req, res, new DomainError(ErrorCode.BadUserInput, error.message));
      next(error);
    }
  });

  /** Parses the multipart body and stores its one file; rejects on a bad part, a bad file, or a body cut off. */
  async function receive(req: Request, viewer: FileViewer): Promise<UploadedFile> {
    // Read before the body flows: once busboy hands over the file stream, nothing may wait on the
    // database before the stream is read, or a body cut off meanwhile errors a stream nobody listens to.
    const blocked = await files.blockedExtensions(viewer.organizationId);
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        // preservePath: we see the name as sent, so a name with a path is refused rather than silently cut.
        parser = busboy({
          headers: req.headers,
          preservePath: true,
          // Browsers send the name as raw UTF-8 in filename="…".
          defParamCharset: 'utf8',
          limits: { files: 1, fields: 0, parts: 2, headerPairs: 20 },
        });
      } catch (error) {
        reject(new MultipartError((error as Error).message));
        return;
      }
      let upload: Promise<UploadedFile> | null = null;
      let extra = false;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      parser.on('file', (_field, stream, info) => {
        upload = files.upload(viewer, info.filename ?? '', stream, { blocked });
        upload.catch(fail);
      });
      // busboy signals partsLimit once the count reaches the limit: two parts means one too many.
      for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) parser.on(limit, () => (extra = true));
      parser.on('field', () => (extra = true));
      parser.on('error', () => fail(new MultipartError('The upload was cut off or is not valid multipart/form-data.')));
      parser.on('close', () => {
        if (!upload) return fail(new MultipartError('Send one file.'));
        upload.then(async (uploaded) => {
          if (settled) return;
          if (!extra) {
            settled = true;
            return resolve(uploaded);
          }
          await files.discard(viewer, uploaded.id);
          fail(new MultipartError('Send exactly one file per request, and no other fields.'));
        }, fail);
      });
      // A client that goes away mid-body: the parser fails, so the file stream fails, so storage keeps nothing.
      req.on('close', () => {
        if (!req.complete) parser.destroy(new Error('the upload was cut off'));
      });
      req.pipe(parser);
    });
  }

  router.get('/attachments/:id', async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const viewer = await viewerOf(req, res);
      const id = String(req.params.id);
      const file = viewer ? await files.open(viewer, id) : null;
      if (!file) {
        res.status(404).type('application/json').send(NOT_FOUND_BODY);
        return;
      }
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.byteSize));
      res.setHeader('Content-Disposition', contentDisposition(file.inline ? 'inline' : 'attachment', file.fileName));
      // Even an allowed image is a document of its own: it may run nothing and reach nothing.
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      // pipeline, not pipe: a client that leaves mid-download (or a HEAD) closes the stored file too.
      pipeline(file.stream, res, (error) => {
        if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') req.log.error({ err: error }, 'attachment stream failed');
      });
    } catch (error) {
      next(error);
    }
  });

  // Separate routers that share the handlers, so a route added to one host's router stays there.
  return { portal: express.Router().use(router), app: express.Router().use(router) };
}

/** A multipart body we cannot read: malformed, cut off, or not one file. */
class MultipartError extends Error {}

function tooLarge(): DomainError {
  return new DomainError(ErrorCode.BadUserInput, `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`, { status: 413 });
}

/**
 * Answers a refused upload and stops reading it: the rest of the body is discarded, and the
 * connection closes after the answer so a client still sending cannot keep it busy.
 */
function refuse(req: Request, res: Response, error: DomainError): void {
  const status = typeof error.details.status === 'number' ? error.details.status : error.code === ErrorCode.RateLimited ? 429 : 400;
  const { status: _status, ...details } = error.details;
  if (error.code === ErrorCode.RateLimited && typeof details.retryAfterSeconds === 'number') {
    res.setHeader('Retry-After', String(details.retryAfterSeconds));
  }
  res.setHeader('Connection', 'close');
  jsonError(res, status, error.code, error.message, details);
  req.unpipe();
  req.resume();
}
