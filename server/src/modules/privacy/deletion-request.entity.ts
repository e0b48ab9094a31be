import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';

/** `open` until an admin anonymizes the contact (GDPR Article 17), then `done`. */
export type DeletionRequestStatus = 'open' | 'done';

/** A contact's request, made in the portal, that the organization erase their personal data. */
@Entity('data_deletion_requests')
// One open request per contact: asking twice is the same request (the portal's button is idempotent).
@Index('data_deletion_requests_one_open_key', ['organizationId', 'contactId'], { unique: true, where: `"status" = 'open'` })
@Index('data_deletion_requests_org_contact_idx', ['organizationId', 'contactId', 'createdAt'])
@Index('data_deletion_requests_org_status_idx', ['organizationId', 'status', 'createdAt', 'id'])
@Check('data_deletion_requests_status_check', `"status" IN ('open', 'done')`)
export class DataDeletionRequest {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: DeletionRequestStatus;

  @CreatedAt()
  createdAt: Date;

  /** When the contact was anonymized, closing the request. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** The admin who anonymized the contact. */
  @Column({ type: 'uuid', nullable: true })
  completedByAgentId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'completed_by_agent_id' })
  completedByAgent?: Agent | null;
}
