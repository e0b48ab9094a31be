import type { ServiceDeps } from '../../compose';
import { CustomFieldAdminService } from './custom-field-admin.service';

/** Custom ticket fields. */
export interface CustomFieldServices {
  admin: CustomFieldAdminService;
}

/** Builds the custom-field services. */
export function buildCustomFieldServices(deps: ServiceDeps): CustomFieldServices {
  return { admin: new CustomFieldAdminService(deps.dataSource) };
}
