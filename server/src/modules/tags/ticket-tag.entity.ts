import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';
import { Tag } from './tag.entity';

/**
 * A tag on a ticket. A link table rather than an array on tickets: row-level security keeps
 * PostgreSQL from using a GIN index on an array column for another organization's policy, and the
 * (organization, tag, ticket) index answers "tickets with this tag" and the tag counts.
 */
@Entity('ticket_tags')
@Index('ticket_tags_org_tag_ticket_idx', ['organizationId', 'tagId', 'ticketId'])
export class TicketTag {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @PrimaryColumn({ type: 'uuid' })
  tagId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @ManyToOne(() => Tag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: Tag;

  @CreatedAt()
  createdAt: Date;
}
