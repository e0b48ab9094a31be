import type { CrossTenantData } from '../../db/cross-tenant';
import { Organization } from '../organizations/organization.entity';
import { OutgoingEmail } from './outgoing-email.entity';

/** The development outbox page's reads: every organization's mail, as a developer's local inbox. */
export class DevOutbox {
  constructor(private readonly crossTenant: CrossTenantData) {}

  /** The 100 newest emails. */
  latest(): Promise<OutgoingEmail[]> {
    return this.crossTenant.run('dev-outbox', (m) => m.find(OutgoingEmail, { order: { createdAt: 'DESC' }, take: 100 }));
  }

  /** One email, or null. */
  byId(id: string): Promise<OutgoingEmail | null> {
    return this.crossTenant.run('dev-outbox', (m) => m.findOne(OutgoingEmail, { where: { id } }));
  }

  /** Every organization, for the page's "new request by email" form (its requests address). */
  organizations(): Promise<Organization[]> {
    return this.crossTenant.run('dev-outbox', (m) => m.find(Organization, { order: { name: 'ASC' }, take: 100 }));
  }
}
