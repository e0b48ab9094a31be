import type { ServiceDeps } from '../../compose';
import { TagService } from './tag.service';

/** Tags on tickets. */
export interface TagServices {
  tags: TagService;
}

/** Builds the tag services. */
export function buildTagServices(deps: ServiceDeps): TagServices {
  return { tags: new TagService(deps.tenant) };
}
