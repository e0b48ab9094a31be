import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { Tag } from './tag.entity';
import type { TagServices } from './tags.module';

/** Per-request tag loaders (agents only: tags are never shown to contacts). */
export interface TagLoaders {
  ticketTags: DataLoader<string, Tag[]>;
}

/** Creates the tag loaders of one request, bound to the viewer. */
export function createTagLoaders(services: TagServices, viewer: Viewer): TagLoaders {
  return {
    ticketTags: new DataLoader(async (ids) => {
      if (viewer.kind !== 'agent') throw forbidden();
      const found = await services.tags.byTickets(viewer.organizationId, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
