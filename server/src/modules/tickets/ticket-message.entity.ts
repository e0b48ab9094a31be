import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { Ticket } from './ticket.entity';

/** A public reply is shown in the portal and emailed; an internal note never leaves the agent app. */
export type { TicketMessageKind } from '@actionconnect/shared';
import type { TicketMessageKind } from '@actionconnect/shared';

/** Where a message was written: the portal or agent app, or an email. */
export type MessageChannel = 'web' | 'email';

/** One message on a ticket's timeline, written by exactly one agent or contact. */
@Entity('ticket_messages')
@Index('ticket_messages_ticket_idx', ['ticketId', 'createdAt'])
// A contact's own messages, for their data export (modules/privacy).
@Index('ticket_messages_author_contact_idx', ['authorContactId'])
@Check('ticket_messages_kind_check', `"kind" IN ('public_reply', 'internal_note')`)
@Check('ticket_messages_one_author', `num_nonnulls("author_agent_id", "author_contact_id", "unverified_sender_email") = 1`)
@Check('ticket_messages_contact_public', `"author_contact_id" IS NULL OR "kind" = 'public_reply'`)
// Mail from someone who is not the requester is shown to agents only, never as anyone's words.
@Check('ticket_messages_unverified_internal', `"unverified_sender_email" IS NULL OR "kind" = 'internal_note'`)
@Check('ticket_messages_channel_check', `"channel" IN ('web', 'email')`)
export class TicketMessage {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'varchar', length: 20 })
  kind: TicketMessageKind;

  @Column({ type: 'uuid', nullable: true })
  authorAgentId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'author_agent_id' })
  authorAgent?: Agent | null;

  @Column({ type: 'uuid', nullable: true })
  authorContactId: string | null;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'author_contact_id' })
  authorContact?: Contact | null;

  /**
   * Set only for mail that reached the ticket from an address other than the requester's: the
   * message has no author, is an internal note, and agents see it flagged with this address.
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  unverifiedSenderEmail: string | null;

  /** Where the message was written: in the portal or agent app (`web`), or by email. */
  @Column({ type: 'varchar', length: 10, default: 'web' })
  channel: MessageChannel;

  // Trigram index for the agent search (migration 1796600100000); TypeORM cannot describe it.
  @Index('ticket_messages_body_trgm_idx', { synchronize: false })
  @Column({ type: 'text' })
  body: string;

  @CreatedAt()
  createdAt: Date;
}
