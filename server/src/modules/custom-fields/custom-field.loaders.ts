import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { CustomFieldReadService } from './custom-field.service';
import type { TicketFieldValueNode } from './custom-field.types';

/** Per-request loaders of ticket field values; each refuses a viewer it is not for (fail closed). */
export interface CustomFieldLoaders {
  /** A contact's own tickets only; values of fields visible to contacts only. */
  contactFieldValues: DataLoader<string, TicketFieldValueNode[]>;
  /** Agents only: every field's value. */
  agentFieldValues: DataLoader<string, TicketFieldValueNode[]>;
}

/** Creates the custom-field loaders of one request, bound to the viewer. */
export function createCustomFieldLoaders(read: CustomFieldReadService, viewer: Viewer): CustomFieldLoaders {
  return {
    contactFieldValues: new DataLoader(async (ticketIds) => {
      if (viewer.kind !== 'contact') throw forbidden();
      const values = await read.valuesByTicket(viewer.organizationId, ticketIds, { kind: 'contact', contactId: viewer.contactId });
      return ticketIds.map((id) => values.get(id) ?? []);
    }),
    agentFieldValues: new DataLoader(async (ticketIds) => {
      if (viewer.kind !== 'agent') throw forbidden();
      const values = await read.valuesByTicket(viewer.organizationId, ticketIds, { kind: 'agent' });
      return ticketIds.map((id) => values.get(id) ?? []);
    }),
  };
}
