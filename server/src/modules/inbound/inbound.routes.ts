import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { InboundMailConfig } from '../../config';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../../graphql/error-response.plugin';
import { INTERNAL_ERROR_MESSAGE, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../../graphql/errors';
import type { InboundMailService } from './inbound-mail.service';
import { InboundPayloadError, parseInboundPayload } from './postmark-inbound';

/** Where Postmark posts inbound mail (configure it as `https://<user>:<password>@<app host>/webhooks/postmark/inbound`). */
export const INBOUND_WEBHOOK_PATH = '/webhooks/postmark/inbound';

// Postmark's inbound JSON carries attachments base64-encoded; its own limit is 35 MB per message.
const BODY_LIMIT = '50mb';

/**
 * The inbound webhook. Bad or missing basic auth → 401; a body that is not Postmark's JSON → 400
 * with a code; a database outage → 503 so Postmark retries; everything else → 200, including mail
 * that was ignored or could not be routed (Postmark would otherwise retry it for hours).
 */
export function inboundRoutes(deps: { inbound: InboundMailConfig; service: InboundMailService }): express.Router {
  const router = express.Router();
  router.post(INBOUND_WEBHOOK_PATH, basicAuth(deps.inbound.webhook), express.json({ limit: BODY_LIMIT }), async (req, res, next) => {
    try {
      const body: unknown = 'body' in req ? req.body : undefined;
      if (body === undefined) throw new InboundPayloadError('INVALID_PAYLOAD', 'Send the inbound email as application/json.');
      const message = parseInboundPayload(body);
      const result = await deps.service.receive(message);
      res.status(200).json({ status: 'ok', outcome: result.outcome });
    } catch (error) {
      next(error);
    }
  });
  router.use(INBOUND_WEBHOOK_PATH, inboundErrors);
  return router;
}

function basicAuth(expected: { username: string; password: string }): RequestHandler {
  const want = digest(`${expected.username}:${expected.password}`);
  return (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    const given = match ? digest(Buffer.from(match[1], 'base64').toString('utf8')) : null;
    // Digests have one length, so the comparison is constant-time whatever was sent.
    if (given && timingSafeEqual(given, want)) return next();
    req.log.warn({ hasAuthorization: header !== '' }, 'inbound webhook refused: bad credentials');
    res.setHeader('WWW-Authenticate', 'Basic realm="postmark-inbound", charset="UTF-8"');
    res.status(401).json(errorBody('UNAUTHENTICATED', 'The webhook credentials are missing or wrong.'));
  };
}

const inboundErrors: ErrorRequestHandler = (error: Error & { status?: number; type?: string }, req, res, _next) => {
  if (error instanceof InboundPayloadError) {
    res.status(400).json(errorBody(error.code, error.message));
    return;
  }
  if (error.type === 'entity.parse.failed') {
    res.status(400).json(errorBody('MALFORMED_JSON', 'The body is not valid JSON.'));
    return;
  }
  if (error.type && error.status && error.status < 500) {
    // body-parser: too large, wrong charset...
    res.status(error.status).json(errorBody('BAD_REQUEST', error.message));
    return;
  }
  req.log.error({ err: error }, 'inbound webhook failed');
  if (isDatabaseUnavailable(error)) {
    res.status(503).setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    res.json(errorBody('SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE, res.locals.requestId));
    return;
  }
  res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE, res.locals.requestId));
};

function errorBody(code: string, message: string, requestId?: string) {
  return { errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
