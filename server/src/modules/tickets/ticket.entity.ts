import type { TicketPriority, TicketStatus } from '@actionconnect/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { IntakeFormVersion } from '../forms/intake-form-version.entity';
import { Organization } from '../organizations/organization.entity';

export { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from '@actionconnect/shared';

/** A contact's request, worked by agents. */
@Entity('tickets')
@Index('tickets_org_number_key', ['organizationId', 'number'], { unique: true })
@Index('tickets_org_status_updated_idx', ['organizationId', 'status', 'updatedAt', 'id'])
// One index per queue view, in the views' order (migration 1795800000000-ticket-queue-indexes).
@Index('tickets_queue_all_idx', ['organizationId', 'updatedAt', 'id'])
@Index('tickets_queue_open_idx', ['organizationId', 'updatedAt', 'id'], { where: `"status" IN ('new', 'open')` })
@Index('tickets_queue_unassigned_idx', ['organizationId', 'updatedAt', 'id'], {
  where: `"assignee_id" IS NULL AND "status" IN ('new', 'open', 'pending')`,
})
@Index('tickets_queue_unassigned_created_idx', ['organizationId', 'createdAt', 'id'], {
  where: `"assignee_id" IS NULL AND "status" IN ('new', 'open', 'pending')`,
})
@Index('tickets_queue_assignee_idx', ['organizationId', 'assigneeId', 'updatedAt', 'id'], {
  where: `"status" IN ('new', 'open', 'pending')`,
})
@Index('tickets_org_requester_updated_idx', ['organizationId', 'requesterId', 'updatedAt', 'id'])
@Index('tickets_org_requester_idx', ['organizationId', 'requesterId', 'createdAt', 'id'])
@Index('tickets_org_company_updated_idx', ['organizationId', 'companyId', 'updatedAt', 'id'])
@Index('tickets_org_assignee_idx', ['organizationId', 'assigneeId', 'status'])
// "Due soonest" and "Overdue" (issue 15.3): (organization_id, COALESCE(due_at, 'infinity'), id), an
// expression index TypeORM cannot declare (migration 1796500000000-service-levels).
@Index('tickets_queue_due_idx', { synchronize: false })
@Index('tickets_queue_unassigned_due_idx', { synchronize: false })
@Index('tickets_queue_assignee_due_idx', { synchronize: false })
// The breach sweeper's work list, across organizations: only tickets with a due time not yet recorded as breached.
// The portal's "we usually reply within" reads the last 30 days' first responses from here.
@Index('tickets_first_response_idx', ['organizationId', 'firstRespondedAt'], { where: `"first_responded_at" IS NOT NULL` })
@Index('tickets_breach_check_idx', ['breachCheckAt'], { where: `"breach_check_at" IS NOT NULL` })
@Index('tickets_merged_into_idx', ['organizationId', 'mergedIntoTicketId'], { where: `"merged_into_ticket_id" IS NOT NULL` })
@Check('tickets_status_check', `"status" IN ('new', 'open', 'pending', 'solved', 'closed')`)
@Check('tickets_priority_check', `"priority" IN ('low', 'normal', 'high', 'urgent')`)
export class Ticket {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Per-organization sequential number shown to people (#1042). */
  @Column({ type: 'integer' })
  number: number;

  // Trigram index for the agent search (migration 1796600100000); TypeORM cannot describe it.
  @Index('tickets_subject_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'varchar', length: 10, default: 'new' })
  status: TicketStatus;

  @Column({ type: 'varchar', length: 10, default: 'normal' })
  priority: TicketPriority;

  @Column({ type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_id' })
  requester?: Contact;

  /**
   * The requester's company when the request was made. Sharing follows it, so moving a contact to
   * another company later never shows their old requests to the new colleagues.
   */
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: Company | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Agent | null;

  /** The exact form version the request was submitted with; answers are always read against it. */
  @Column({ type: 'uuid', nullable: true })
  formVersionId: string | null;

  @ManyToOne(() => IntakeFormVersion, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'form_version_id' })
  formVersion?: IntakeFormVersion | null;

  /** Answers as accepted by the server's branching engine (hidden fields already dropped). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  answers: Record<string, unknown>;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  solvedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  // Service levels (issue 15.2–3): the clock's inputs, then the due times computed from them in the
  // transaction of every change (service-levels/ticket-clock.ts).

  /** The first public reply by an agent. */
  @Column({ type: 'timestamptz', nullable: true })
  firstRespondedAt: Date | null;

  /** Since when the requester's words wait for an agent's public reply (null: nothing waits). */
  @Column({ type: 'timestamptz', nullable: true })
  awaitingReplySince: Date | null;

  /** Stretches the clock stood still (pending or solved), ISO instants; `to` null while it still stands. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  clockPauses: { from: string; to: string | null }[];

  @Column({ type: 'timestamptz', nullable: true })
  firstResponseDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextResponseDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolutionDueAt: Date | null;

  /** The soonest of the three: what the queue shows and sorts by. */
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** Breaches recorded in the history: target → the due time that was missed (each recorded once). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  breachesRecorded: Record<string, string>;

  /** The soonest due time not yet recorded as breached: when the sweeper next looks at this ticket. */
  @Column({ type: 'timestamptz', nullable: true })
  breachCheckAt: Date | null;
  /** Set when an agent merged this ticket into another of the organization (it is then closed). */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoTicketId: string | null;

  @ManyToOne(() => Ticket, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_ticket_id', foreignKeyConstraintName: 'tickets_merged_into_fk' })
  mergedInto?: Ticket | null;
}
