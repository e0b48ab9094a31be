import type { ServiceDeps } from '../../compose';
import type { CustomFieldServices } from '../custom-fields/custom-fields.module';
import type { FormServices } from '../forms/forms.module';
import type { OrganizationServices } from '../organizations/organizations.module';
import { TicketReadService } from './ticket-read.service';
import { TicketSubmissionService } from './ticket-submission.service';
import { TicketWriteService } from './ticket-write.service';

/** Tickets: reading, changing and submitting them. */
export interface TicketServices {
  read: TicketReadService;
  write: TicketWriteService;
  submission: TicketSubmissionService;
}

/** Builds the ticket services. */
export function buildTicketServices(
  deps: ServiceDeps,
  mods: { organizations: OrganizationServices; forms: FormServices; customFields: CustomFieldServices },
): TicketServices {
  const base = { db: deps.dataSource, config: deps.config, urls: mods.organizations.urls, onMailQueued: deps.onMailQueued };
  return {
    read: new TicketReadService(deps.dataSource),
    write: new TicketWriteService(base),
    submission: new TicketSubmissionService({ ...base, log: deps.logger.child({ component: 'tickets' }) }),
  };
}
