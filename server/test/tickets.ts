// Ticket and intake-form set-up for organizations that already exist (e.g. the demo data's), by slug.
import type { DataSource } from 'typeorm';
import { IntakeFormVersion } from '../src/modules/forms/intake-form-version.entity';
import { Organization } from '../src/modules/organizations/organization.entity';

/** The current published version of an organization's intake form. */
export async function currentFormVersion(db: DataSource, slug: string): Promise<IntakeFormVersion> {
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  return db
    .getRepository(IntakeFormVersion)
    .createQueryBuilder('v')
    .innerJoinAndSelect('v.form', 'f')
    .where('v.organization_id = :id AND v.version = f.published_version', { id: organization.id })
    .getOneOrFail();
}

/** Answers to the demo form (see db/seed/demo-form.ts) for a billing question; overrides win. */
export function billingAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Invoice shows the wrong amount',
    topic: 'billing',
    invoice_number: 'INV-1042',
    description: 'The invoice total is twice what I ordered.',
    ...overrides,
  };
}
