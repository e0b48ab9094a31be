import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../db/columns';
import { Ticket } from '../tickets/ticket.entity';
import { CustomFieldDefinition } from './custom-field-definition.entity';

/** A custom field's value on one ticket. */
@Entity('ticket_field_values')
@Index('ticket_field_values_field_idx', ['fieldId'])
export class TicketFieldValue {
  @PrimaryColumn({ type: 'uuid' })
  ticketId: string;

  @PrimaryColumn({ type: 'uuid' })
  fieldId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @ManyToOne(() => CustomFieldDefinition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'field_id' })
  field?: CustomFieldDefinition;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdatedAt()
  updatedAt: Date;
}
