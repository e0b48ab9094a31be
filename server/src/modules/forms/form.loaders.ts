import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { IntakeFormVersion } from './intake-form-version.entity';
import type { IntakeFormReadService } from './intake-form.service';

/** Per-request loaders of intake forms, bound to the viewer's organization. */
export interface FormLoaders {
  /** With its form. */
  formVersion: DataLoader<string, IntakeFormVersion | null>;
}

/** Creates the form loaders of one request; an anonymous viewer is refused (fail closed). */
export function createFormLoaders(read: IntakeFormReadService, viewer: Viewer): FormLoaders {
  return {
    formVersion: new DataLoader(async (ids) => {
      if (viewer.kind === 'anonymous') throw forbidden();
      const versions = await read.versionsById(viewer.organizationId, ids);
      return ids.map((id) => versions.get(id) ?? null);
    }),
  };
}
