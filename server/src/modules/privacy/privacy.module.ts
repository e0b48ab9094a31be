import type { ServiceDeps } from '../../compose';
import type { AttachmentServices } from '../attachments/attachments.module';
import type { CustomFieldServices } from '../custom-fields/custom-fields.module';
import type { FormServices } from '../forms/forms.module';
import type { TicketServices } from '../tickets/tickets.module';
import type { OrganizationServices } from '../organizations/organizations.module';
import { ContactAnonymizer } from './contact-anonymizer';
import { ContactExportService } from './contact-export.service';
import { DeletionRequestService } from './deletion-request.service';

/** A contact's own data: their export (GDPR Article 15), deletion requests and anonymization (Article 17). */
export interface PrivacyServices {
  exports: ContactExportService;
  deletionRequests: DeletionRequestService;
  anonymizer: ContactAnonymizer;
}

/** Builds the privacy services. */
export function buildPrivacyServices(
  deps: ServiceDeps,
  mods: {
    organizations: OrganizationServices;
    tickets: TicketServices;
    customFields: CustomFieldServices;
    forms: FormServices;
    attachments: AttachmentServices;
  },
): PrivacyServices {
  const readers = {
    timeline: mods.tickets.timeline,
    customFields: mods.customFields.read,
    forms: mods.forms.read,
    people: mods.tickets.people,
    files: mods.attachments.files,
    storage: mods.attachments.storage,
  };
  return {
    exports: new ContactExportService(deps.tenant, readers),
    deletionRequests: new DeletionRequestService(deps.tenant, deps.config, mods.organizations.urls, deps.onMailQueued),
    anonymizer: new ContactAnonymizer(deps.tenant, mods.attachments.storage, deps.logger.child({ component: 'privacy' })),
  };
}
