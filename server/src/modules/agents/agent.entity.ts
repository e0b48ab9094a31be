import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** Admins also build forms, write articles and set branding; agents work tickets. */
export type AgentRole = 'admin' | 'agent';

/** An organization's own staff member, signing in to the agent app. */
@Entity('agents')
@Check('agents_email_lower', `"email" = lower("email")`)
@Check('agents_role_check', `"role" IN ('admin', 'agent')`)
@Index('agents_org_email_key', ['organizationId', 'email'], { unique: true })
export class Agent {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Always stored lower-case (normalizeEmail), so uniqueness is case-insensitive. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 10, default: 'agent' })
  role: AgentRole;

  /** Base32 TOTP secret: pending while `totpEnabledAt` is null, the second factor once set. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  totpSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last accepted TOTP time step; a code for this step or an earlier one is refused (replay). */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  /** The agent's own choice: also email them when a colleague mentions them in a note (issue 17.8). */
  @Column({ type: 'boolean', default: false })
  notifyMentionsByEmail: boolean;

  @CreatedAt()
  createdAt: Date;
}
