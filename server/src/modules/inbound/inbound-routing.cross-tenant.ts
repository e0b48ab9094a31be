import type { CrossTenantData } from '../../db/cross-tenant';
import { Organization } from '../organizations/organization.entity';

/** Which organization an inbound address names (purpose `route-inbound-mail`): the only cross-tenant step of inbound mail. */
export class InboundRouting {
  constructor(private readonly crossTenant: CrossTenantData) {}

  /** The organization whose inbound key this is, or null. */
  organizationByKey(key: string): Promise<Organization | null> {
    return this.crossTenant.run('route-inbound-mail', (m) => m.findOne(Organization, { where: { inboundEmailKey: key } }));
  }
}
