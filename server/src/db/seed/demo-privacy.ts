import type { EntityManager } from 'typeorm';
import { Contact } from '../../modules/contacts/contact.entity';
import { DataDeletionRequest } from '../../modules/privacy/deletion-request.entity';
import { DEMO_COLLEAGUE } from './demo-companies';

/**
 * Acme's open deletion request (issue 14.5): Sam Coyote asked from the portal to have their data
 * deleted, so the admin's Settings → Data requests has one to review and anonymize.
 */
export async function seedDemoDeletionRequest(m: EntityManager, organizationId: string): Promise<void> {
  const sam = await m.findOneByOrFail(Contact, { organizationId, email: DEMO_COLLEAGUE.email });
  await m.save(
    m.create(DataDeletionRequest, { organizationId, contactId: sam.id, status: 'open', createdAt: new Date(Date.now() - 2 * 3600_000) }),
  );
}
