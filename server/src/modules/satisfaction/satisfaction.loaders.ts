import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { SatisfactionServices } from './satisfaction.module';
import type { SatisfactionSurvey } from './satisfaction-survey.entity';

/** Per-request loaders of satisfaction answers. */
export interface SatisfactionLoaders {
  /** The latest survey of a ticket: any for agents, a contact's own only (the one they were asked). */
  ticketSatisfaction: DataLoader<string, SatisfactionSurvey | null>;
}

/** Creates the satisfaction loaders of one request, bound to the viewer. */
export function createSatisfactionLoaders(services: SatisfactionServices, viewer: Viewer): SatisfactionLoaders {
  return {
    ticketSatisfaction: new DataLoader(async (ticketIds) => {
      if (viewer.kind === 'anonymous') throw forbidden();
      const requesterId = viewer.kind === 'contact' ? viewer.contactId : undefined;
      const found = await services.surveys.latestByTicket(viewer.organizationId, ticketIds, requesterId);
      return ticketIds.map((id) => found.get(id) ?? null);
    }),
  };
}
