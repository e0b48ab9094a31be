import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';

/** Where a message stands: waiting, delivered to the provider (or the dev outbox), or given up on. */
export type OutgoingEmailStatus = 'queued' | 'sent' | 'failed';

/**
 * Every email the product sends. It is written in the same transaction as the change that causes it,
 * so nothing is lost if the provider is down; a worker delivers and retries it.
 */
@Entity('outgoing_emails')
@Index('outgoing_emails_status_idx', ['status', 'nextAttemptAt'])
@Index('outgoing_emails_org_created_idx', ['organizationId', 'createdAt'])
// A recipient's emails, for their data export and anonymization (modules/privacy).
@Index('outgoing_emails_org_to_idx', ['organizationId', 'toAddress'])
@Check('outgoing_emails_status_check', `"status" IN ('queued', 'sent', 'failed')`)
export class OutgoingEmail {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 254 })
  fromAddress: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  fromName: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  htmlBody: string;

  @Column({ type: 'text' })
  textBody: string;

  /**
   * The parts of the bodies that sign someone in (a link's token, a code). They are cut from both
   * bodies, and this column cleared, in the statement that records the email sent or failed; only
   * the development outbox keeps them, because its rows are a developer's inbox.
   */
  @Column({ type: 'text', array: true, nullable: true })
  secretParts: string[] | null;

  /** Where the recipient's reply goes (a ticket's reply address), or null for the From address. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  replyTo: string | null;

  /** Extra headers sent with the email: `Message-ID`, `In-Reply-To` and `References` for ticket threads. */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  /** e.g. sign-in, ticket-created, agent-reply, ticket-solved. */
  @Column({ type: 'varchar', length: 40 })
  tag: string;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: OutgoingEmailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** `postmark` or `outbox` (development). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  transport: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  providerMessageId: string | null;

  @CreatedAt()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
