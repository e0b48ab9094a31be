import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config';

/** One structured JSON logger for the process; request loggers are children carrying the request id. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'actionconnect' },
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'req.query.token'],
        remove: true,
      },
    },
    destination,
  );
}

/**
 * How a request is written to the log: as pino's standard serializer has it, with a sign-in link's
 * token (`/auth/confirm?token=…`) cut from the address. The token is a bearer secret for 15 minutes.
 */
export function serializeRequestForLog<T extends { url?: unknown }>(req: T): T {
  return typeof req.url === 'string' ? { ...req, url: req.url.replace(/([?&]token=)[^&#]*/g, '$1[redacted]') } : req;
}

export type { Logger };
