import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';

/** Why an agent is notified. */
export type NotificationKind = 'assigned' | 'reply' | 'mention';

/** Something on a ticket an agent should see: shown under the bell until they read it. */
@Entity('notifications')
@Index('notifications_agent_created_idx', ['organizationId', 'agentId', 'createdAt', 'id'])
@Index('notifications_agent_unread_idx', ['organizationId', 'agentId'], { where: `"read_at" IS NULL` })
@Index('notifications_ticket_idx', ['ticketId'])
@Check('notifications_kind_check', `"kind" IN ('assigned', 'reply', 'mention')`)
export class Notification {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_notifications_organization' })
  organization?: Organization;

  /** Who is notified. */
  @Column({ type: 'uuid' })
  agentId: string;

  @ManyToOne(() => Agent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agent_id', foreignKeyConstraintName: 'FK_notifications_agent' })
  agent?: Agent;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'FK_notifications_ticket' })
  ticket?: Ticket;

  @Column({ type: 'varchar', length: 20 })
  kind: NotificationKind;

  /** Who did it: an agent (assignment, mention) or a contact (reply). No foreign key: names are read if they still exist. */
  @Column({ type: 'uuid', nullable: true })
  actorAgentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorContactId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
