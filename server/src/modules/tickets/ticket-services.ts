import type { GraphQLContext } from '../../graphql/context';
import { TicketReadService } from './ticket-read.service';
import { TicketSubmissionService } from './ticket-submission.service';
import { TicketWriteService } from './ticket-write.service';

/** The ticket services for one request, wired to its data source, links and mail outbox. */
export function ticketServices(ctx: GraphQLContext): {
  read: TicketReadService;
  write: TicketWriteService;
  submission: TicketSubmissionService;
} {
  const onMailQueued = () => ctx.services.outbox.nudge();
  return {
    read: new TicketReadService(ctx.db),
    write: new TicketWriteService({ db: ctx.db, config: ctx.config, urls: ctx.services.urls, onMailQueued }),
    submission: new TicketSubmissionService({ db: ctx.db, config: ctx.config, urls: ctx.services.urls, log: ctx.log, onMailQueued }),
  };
}
