import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';

/**
 * One uploaded file, stored under `storageKey` (server-generated, `<organizationId>/<uuid>`), by
 * exactly one agent or contact. It belongs to no message until attached; a file still unattached a
 * day after upload is removed with its stored object (`AttachmentSweeper`), and so is one whose
 * message was deleted (`message_id` is then set to null).
 */
@Entity('attachments')
@Index('attachments_storage_key_key', ['storageKey'], { unique: true })
@Index('attachments_message_idx', ['messageId'])
// A contact's uploads, for their data export and anonymization (modules/privacy).
@Index('attachments_uploader_contact_idx', ['uploadedByContactId'])
@Index('attachments_unattached_idx', ['createdAt'], { where: '"message_id" IS NULL' })
@Check('attachments_one_uploader', `num_nonnulls("uploaded_by_agent_id", "uploaded_by_contact_id") = 1`)
@Check('attachments_attached_at', `"message_id" IS NULL OR "attached_at" IS NOT NULL`)
@Check('attachments_byte_size', `"byte_size" >= 0`)
export class Attachment {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 80 })
  storageKey: string;

  /** The sanitized name shown and offered on download; never a path. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 200 })
  contentType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedByAgentId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'uploaded_by_agent_id' })
  uploadedByAgent?: Agent | null;

  @Column({ type: 'uuid', nullable: true })
  uploadedByContactId: string | null;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'uploaded_by_contact_id' })
  uploadedByContact?: Contact | null;

  @Column({ type: 'uuid', nullable: true })
  messageId: string | null;

  @ManyToOne(() => TicketMessage, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'message_id' })
  message?: TicketMessage | null;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  attachedAt: Date | null;
}
