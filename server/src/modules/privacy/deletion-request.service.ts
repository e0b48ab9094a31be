import type { AdminScope, ContactScope } from '../../auth/viewer';
import type { Config } from '../../config';
import type { TenantData, TenantTx } from '../../db/tenant';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { renderBrandedEmail } from '../mail/render-email';
import type { Organization } from '../organizations/organization.entity';
import type { PublicUrls } from '../organizations/public-urls';
import { enqueueEmail } from '../outbox/outbox.service';
import { DataDeletionRequest } from './deletion-request.entity';

/** Where admins see open deletion requests in the agent app. */
export const DELETION_REQUESTS_PAGE = '/settings/data-requests';

/** An open or done deletion request with the contact it is about (for admins). */
export interface DeletionRequestWithContact {
  request: DataDeletionRequest;
  contact: Contact;
}

/** Contacts' requests to have their data erased (GDPR Article 17), and the admins' list of them. */
export class DeletionRequestService {
  constructor(
    private readonly tenant: TenantData,
    private readonly config: Pick<Config, 'mail'>,
    private readonly urls: PublicUrls,
    private readonly onMailQueued: () => void,
  ) {}

  /**
   * Records the signed-in contact's request, or answers the one already open (asking twice is the
   * same request). A new request emails every admin of the organization, in its transaction.
   */
  async request(scope: ContactScope): Promise<DataDeletionRequest> {
    const { request, created } = await this.tenant.run(scope.organizationId, async (tx) => {
      const inserted = await tx.sql<{ id: string }>(
        `INSERT INTO data_deletion_requests (organization_id, contact_id) VALUES ($1, $2)
         ON CONFLICT (organization_id, contact_id) WHERE status = 'open' DO NOTHING RETURNING id`,
        [scope.organizationId, scope.contactId],
      );
      const open = await tx.findOneBy(DataDeletionRequest, { contactId: scope.contactId, status: 'open' });
      if (!open) throw new Error('deletion request vanished inside its own transaction');
      if (inserted.length) await this.notifyAdmins(tx, scope.organization, scope.contactId);
      return { request: open, created: inserted.length > 0 };
    });
    if (created) this.onMailQueued();
    return request;
  }

  /** The signed-in contact's latest request, open or done, or null. */
  latestOf(scope: ContactScope): Promise<DataDeletionRequest | null> {
    return this.tenant.run(scope.organizationId, (tx) =>
      tx.findOne(DataDeletionRequest, { where: { contactId: scope.contactId }, order: { createdAt: 'DESC', id: 'DESC' } }),
    );
  }

  /** The organization's requests of one status, oldest first (open ones are a to-do list), at most 200. */
  list(scope: AdminScope, status: 'open' | 'done'): Promise<DeletionRequestWithContact[]> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const rows = await tx
        .select(DataDeletionRequest, 'r')
        .innerJoinAndSelect('r.contact', 'c', 'c.id = r.contact_id AND c.organization_id = r.organization_id')
        .andWhere('r.status = :status', { status })
        .orderBy('r.created_at', status === 'open' ? 'ASC' : 'DESC')
        .addOrderBy('r.id', 'ASC')
        .limit(200)
        .getMany();
      return rows.flatMap((request) => (request.contact ? [{ request, contact: request.contact }] : []));
    });
  }

  private async notifyAdmins(tx: TenantTx, organization: Organization, contactId: string): Promise<void> {
    const admins = await tx.find(Agent, { where: { role: 'admin' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const contact = await tx.findOneBy(Contact, { id: contactId });
    if (!contact) return;
    const who = contact.name ? `${contact.name} (${contact.email})` : contact.email;
    const rendered = renderBrandedEmail({
      organizationName: organization.name,
      primaryColor: organization.branding.primaryColor,
      heading: 'A contact asked to have their data deleted',
      paragraphs: [
        `${who} asked, from the ${organization.name} portal, that their personal data be deleted.`,
        'Review the request and anonymize the contact in the agent app. Until then nothing is erased.',
      ],
      action: { label: 'Review deletion requests', url: `${this.urls.appOrigin()}${DELETION_REQUESTS_PAGE}` },
    });
    for (const admin of admins) {
      await enqueueEmail(tx, {
        to: admin.email,
        from: this.config.mail.from,
        fromName: organization.name,
        subject: `Data deletion request from ${contact.email}`.slice(0, 300),
        html: rendered.html,
        text: rendered.text,
        tag: 'data-deletion-request',
      });
    }
  }
}
