import type { TenantData } from '../../db/tenant';
import { Organization } from './organization.entity';

/** Reads an organization's own record once its id is known (a session or a token named it). */
export class OrganizationDirectory {
  constructor(private readonly tenant: TenantData) {}

  /** The organization, or null when it no longer exists. */
  get(organizationId: string): Promise<Organization | null> {
    return this.tenant.run(organizationId, (tx) => tx.findOneBy(Organization, {}));
  }
}
