import type { ServiceDeps } from '../../compose';
import { createPostmarkTransport } from '../mail/postmark-transport';
import { DevOutbox } from './dev-outbox.cross-tenant';
import { devOutboxTransport, OutboxWorker } from './outbox.worker';

/** The mail outbox: the worker that delivers queued mail, and the development outbox page's reads. */
export interface OutboxServices {
  worker: OutboxWorker;
  devOutbox: DevOutbox;
}

/** Builds the outbox: Postmark when configured, else the development outbox. */
export function buildOutboxServices(deps: ServiceDeps): OutboxServices {
  const postmark = deps.config.mail.postmark;
  const transport = postmark
    ? createPostmarkTransport({ serverToken: postmark.serverToken, apiUrl: postmark.apiUrl ?? undefined })
    : devOutboxTransport;
  return {
    worker: new OutboxWorker(deps.crossTenant, transport, deps.logger.child({ component: 'outbox' })),
    devOutbox: new DevOutbox(deps.crossTenant),
  };
}
