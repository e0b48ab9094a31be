import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';

/** A contact copied on a ticket: they read it, may comment, and get its public replies by email. */
@Entity('ticket_ccs')
@Index('ticket_ccs_ticket_contact_key', ['ticketId', 'contactId'], { unique: true })
@Index('ticket_ccs_org_contact_idx', ['organizationId', 'contactId', 'ticketId'])
export class TicketCc {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  ticketId: string;

  @ManyToOne(() => Ticket, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id' })
  ticket?: Ticket;

  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @CreatedAt()
  createdAt: Date;
}
