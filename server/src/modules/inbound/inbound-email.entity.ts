import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';

/** What became of one inbound email. */
export type InboundOutcome = 'reply' | 'flagged' | 'request' | 'closed-notice' | 'ignored';

/**
 * Every inbound email routed to an organization, keyed by Postmark's `MessageID`. The unique key is
 * what makes Postmark's retries harmless: the row is inserted first in the transaction that adds
 * the message, so a second delivery of the same email conflicts and adds nothing.
 */
@Entity('inbound_emails')
@Index('inbound_emails_org_message_key', ['organizationId', 'providerMessageId'], { unique: true })
// A sender's rows, for anonymizing a contact (privacy/contact-anonymizer.ts).
@Index('inbound_emails_org_from_idx', ['organizationId', 'fromAddress'])
@Check('inbound_emails_outcome_check', `"outcome" IN ('reply', 'flagged', 'request', 'closed-notice', 'ignored')`)
export class InboundEmail {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Postmark's `MessageID` for the inbound message. */
  @Column({ type: 'varchar', length: 100 })
  providerMessageId: string;

  @Column({ type: 'varchar', length: 254 })
  fromAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'varchar', length: 20 })
  outcome: InboundOutcome;

  /** Why it was ignored (auto-reply, loop, unknown ticket...), for the log and support. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  ticketId: string | null;

  @ManyToOne(() => Ticket, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket | null;

  @CreatedAt()
  createdAt: Date;
}
