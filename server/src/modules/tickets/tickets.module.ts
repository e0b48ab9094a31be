import type { ServiceDeps } from '../../compose';
import type { CustomFieldServices } from '../custom-fields/custom-fields.module';
import type { FormServices } from '../forms/forms.module';
import type { ReplyAddresses } from '../inbound/reply-address';
import type { OrganizationServices } from '../organizations/organizations.module';
import { TicketMergeService } from './ticket-merge.service';
import { TicketPeopleService } from './ticket-people.service';
import { TicketReadService } from './ticket-read.service';
import { TicketSubmissionService } from './ticket-submission.service';
import { TicketTimelineService } from './ticket-timeline.service';
import { TicketWriteService } from './ticket-write.service';

/** Tickets: reading, changing and submitting them, their timelines and the people on them. */
export interface TicketServices {
  read: TicketReadService;
  write: TicketWriteService;
  submission: TicketSubmissionService;
  timeline: TicketTimelineService;
  people: TicketPeopleService;
  merge: TicketMergeService;
}

/** Builds the ticket services. */
export function buildTicketServices(
  deps: ServiceDeps,
  mods: { organizations: OrganizationServices; forms: FormServices; customFields: CustomFieldServices; replies: ReplyAddresses },
): TicketServices {
  const { tenant, config, onMailQueued } = deps;
  const urls = mods.organizations.urls;
  return {
    read: new TicketReadService(tenant, deps.signer),
    write: new TicketWriteService(tenant, config, urls, onMailQueued, mods.replies, deps.signer),
    submission: new TicketSubmissionService({
      tenant,
      forms: mods.forms.read,
      config,
      urls,
      log: deps.logger.child({ component: 'tickets' }),
      onMailQueued,
      replies: mods.replies,
    }),
    timeline: new TicketTimelineService(tenant),
    people: new TicketPeopleService(tenant),
    merge: new TicketMergeService(tenant, config, urls, onMailQueued, mods.replies),
  };
}
