import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Ticket } from './ticket.entity';

/** One change in a ticket's history: who did what, when. */
@Entity('ticket_events')
@Index('ticket_events_ticket_idx', ['ticketId', 'createdAt'])
export class TicketEvent {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  /** e.g. created, status_changed, priority_changed, assignee_changed, field_changed, reply_added, note_added. */
  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'uuid', nullable: true })
  actorAgentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorContactId: string | null;

  /** Before/after values; for agent-only fields this stays agent-only (visibleToContact false). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  data: Record<string, unknown>;

  /** Contacts see creation, status changes and public replies; never assignment, priority or notes. */
  @Column({ type: 'boolean', default: false })
  visibleToContact: boolean;

  @CreatedAt()
  createdAt: Date;
}
