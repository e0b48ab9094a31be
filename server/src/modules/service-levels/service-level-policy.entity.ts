import type { TicketPriority } from '@actionconnect/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';
import { IntakeForm } from '../forms/intake-form.entity';
import { Organization } from '../organizations/organization.entity';

/**
 * The targets a ticket of one priority (and optionally one form) is held to (issue 15.2). A
 * ticket takes the policy of its priority and form, else of its priority alone, else none.
 */
@Entity('service_level_policies')
@Index('service_level_policies_priority_key', ['organizationId', 'priority'], { unique: true, where: `"form_id" IS NULL` })
@Index('service_level_policies_priority_form_key', ['organizationId', 'priority', 'formId'], {
  unique: true,
  where: `"form_id" IS NOT NULL`,
})
@Check('service_level_policies_priority_check', `"priority" IN ('low', 'normal', 'high', 'urgent')`)
export class ServiceLevelPolicy {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 10 })
  priority: TicketPriority;

  /** Null: every form (and email requests). */
  @Column({ type: 'uuid', nullable: true })
  formId: string | null;

  @ManyToOne(() => IntakeForm, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'form_id' })
  form?: IntakeForm | null;

  /** Minutes from the request to the first public agent reply (null: no target). */
  @Column({ type: 'integer', nullable: true })
  firstResponseMinutes: number | null;

  /** Minutes from a requester's reply to the agents' next public reply. */
  @Column({ type: 'integer', nullable: true })
  nextResponseMinutes: number | null;

  /** Minutes from the request to solving it, time pending or solved left out. */
  @Column({ type: 'integer', nullable: true })
  resolutionMinutes: number | null;

  /** Count the organization's business hours (true) or calendar hours. */
  @Column({ type: 'boolean', default: true })
  businessHours: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
