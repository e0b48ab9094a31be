import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** One structured JSON logger for the process; request loggers are children carrying the request id. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'actionconnect' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], remove: true },
  });
}

export type { Logger };
