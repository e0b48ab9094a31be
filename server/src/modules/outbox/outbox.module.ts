import type { ServiceDeps } from '../../compose';
import { createPostmarkTransport } from '../mail/postmark-transport';
import { devOutboxTransport, OutboxWorker } from './outbox.worker';

/** The mail outbox: the worker that delivers queued mail. */
export interface OutboxServices {
  worker: OutboxWorker;
}

/** Builds the outbox: Postmark when configured, else the development outbox. */
export function buildOutboxServices(deps: ServiceDeps): OutboxServices {
  const postmark = deps.config.mail.postmark;
  const transport = postmark
    ? createPostmarkTransport({ serverToken: postmark.serverToken, apiUrl: postmark.apiUrl ?? undefined })
    : devOutboxTransport;
  return { worker: new OutboxWorker(deps.dataSource, transport, deps.logger.child({ component: 'outbox' })) };
}
