import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { IntakeForm } from '../forms/intake-form.entity';
import { Organization } from '../organizations/organization.entity';
import { Ticket } from '../tickets/ticket.entity';

/** A requester's answer to "How did we do?". */
export type SatisfactionRating = 'good' | 'bad';

/**
 * One "How did we do?" question, asked when a ticket became solved: one row per solve (a reopened
 * and solved-again ticket asks again). It keeps who worked the ticket and its form at that moment,
 * so the report still counts the rating for them after the ticket is reassigned. The rating and
 * comment stay null until the requester answers; the answer can be changed for a while after the
 * solve (RATING_WINDOW_DAYS).
 */
@Entity('satisfaction_surveys')
@Index('satisfaction_surveys_ticket_idx', ['organizationId', 'ticketId', 'solvedAt'])
@Index('satisfaction_surveys_org_rated_idx', ['organizationId', 'ratedAt'], { where: `"rating" IS NOT NULL` })
@Check('satisfaction_surveys_rating_check', `"rating" IN ('good', 'bad')`)
export class SatisfactionSurvey {
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

  /** The requester asked: the only person who may answer. */
  @Column({ type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id' })
  requester?: Contact;

  /** The ticket's assignee when it was solved (null: unassigned, or the agent was removed). */
  @Column({ type: 'uuid', nullable: true })
  agentId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agent_id' })
  agent?: Agent | null;

  /** The form the request came through (null: by email, or the form was removed). */
  @Column({ type: 'uuid', nullable: true })
  formId: string | null;

  @ManyToOne(() => IntakeForm, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'form_id' })
  form?: IntakeForm | null;

  /** When the ticket was solved: the answer can be changed until RATING_WINDOW_DAYS after. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  solvedAt: Date;

  @Column({ type: 'varchar', length: 4, nullable: true })
  rating: SatisfactionRating | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** When the current answer was given (last change). */
  @Column({ type: 'timestamptz', nullable: true })
  ratedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
