import type { Logger } from 'pino';
import { ChangeBus } from './change-bus';
import { PgChangeListener } from '../db/change-listener';
import { PresenceService } from './presence.service';

/** Live updates: the change bus every subscription listens to, and on PostgreSQL its listening connection. */
export interface LiveServices {
  changes: ChangeBus;
  /** PostgreSQL's LISTEN connection; null on PGlite, where notices stay in the process. */
  listener: PgChangeListener | null;
  /** Who is viewing or typing on which ticket, across instances (memory only). */
  presence: PresenceService;
}

/** Builds the bus: NOTIFY/LISTEN across processes when `listenUrl` names the PostgreSQL database, in-process otherwise. */
export function buildLiveServices(args: { listenUrl?: string | null; logger: Logger }): LiveServices {
  if (!args.listenUrl) {
    const changes = new ChangeBus('local');
    return { changes, listener: null, presence: new PresenceService(changes) };
  }
  const changes = new ChangeBus('notify');
  return {
    changes,
    listener: new PgChangeListener(args.listenUrl, changes, args.logger.child({ component: 'live' })),
    presence: new PresenceService(changes),
  };
}
