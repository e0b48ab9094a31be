import type { ServiceDeps } from '../../compose';
import { CustomFieldAdminService } from './custom-field-admin.service';
import { CustomFieldReadService } from './custom-field.service';

/** Custom ticket fields. */
export interface CustomFieldServices {
  admin: CustomFieldAdminService;
  read: CustomFieldReadService;
}

/** Builds the custom-field services. */
export function buildCustomFieldServices(deps: ServiceDeps): CustomFieldServices {
  return { admin: new CustomFieldAdminService(deps.tenant), read: new CustomFieldReadService(deps.tenant) };
}
