import type { TenantTx } from '../../db/tenant';
import { Contact } from './contact.entity';

/**
 * The contact with `email` (already normalized), created if there is none: the same email always
 * means the same contact, so it inserts once and reads whichever row exists. A new contact joins
 * the company whose domain their address is at (company_domains), in the caller's transaction.
 */
export async function ensureContact(tx: TenantTx, email: string, name: string | null = null): Promise<Contact> {
  await tx.sql(
    `INSERT INTO contacts (organization_id, email, name, company_id)
     VALUES ($1, CAST($2 AS varchar), $3,
             (SELECT d.company_id FROM company_domains d WHERE d.organization_id = $1 AND d.domain = substring(CAST($2 AS varchar) FROM '@([^@]*)$')))
     ON CONFLICT (organization_id, email) DO NOTHING`,
    [tx.organizationId, email, name],
  );
  const contact = await tx.findOneBy(Contact, { email });
  if (!contact) throw new Error('contact vanished inside its own transaction');
  return contact;
}
