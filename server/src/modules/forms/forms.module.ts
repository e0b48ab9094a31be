import type { ServiceDeps } from '../../compose';
import type { CustomFieldServices } from '../custom-fields/custom-fields.module';
import { IntakeFormAdminService } from './intake-form-admin.service';
import { IntakeFormReadService } from './intake-form.service';

/** Intake forms. */
export interface FormServices {
  admin: IntakeFormAdminService;
  read: IntakeFormReadService;
}

/** Builds the form services. */
export function buildFormServices(deps: ServiceDeps, _mods: { customFields: CustomFieldServices }): FormServices {
  return { admin: new IntakeFormAdminService(deps.tenant, deps.onOrganizationChanged), read: new IntakeFormReadService(deps.tenant) };
}
