import type { ServiceDeps } from '../../compose';
import type { AttachmentServices } from '../attachments/attachments.module';
import type { TicketServices } from '../tickets/tickets.module';
import { InboundMailService } from './inbound-mail.service';
import { InboundRouting } from './inbound-routing.cross-tenant';
import type { ReplyAddresses } from './reply-address';

/** Replies and requests by email: the addresses, and the service behind Postmark's inbound webhook. */
export interface InboundServices {
  replies: ReplyAddresses;
  mail: InboundMailService;
}

/** Builds the inbound services. */
export function buildInboundServices(
  deps: ServiceDeps,
  mods: { replies: ReplyAddresses; tickets: TicketServices; attachments: AttachmentServices },
): InboundServices {
  return {
    replies: mods.replies,
    mail: new InboundMailService({
      tenant: deps.tenant,
      routing: new InboundRouting(deps.crossTenant),
      replies: mods.replies,
      write: mods.tickets.write,
      submission: mods.tickets.submission,
      files: mods.attachments.files,
      config: deps.config,
      log: deps.logger.child({ component: 'inbound-mail' }),
      onMailQueued: deps.onMailQueued,
    }),
  };
}
