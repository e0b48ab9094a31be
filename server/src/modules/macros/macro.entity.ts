import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Organization } from '../organizations/organization.entity';
import type { MacroActions } from './macro-actions';

/**
 * A canned reply (macro): a body with placeholders (packages/shared macro-template) and optional
 * actions applied with it. Shared when `ownerAgentId` is null (admins manage them), else one agent's own.
 */
@Entity('macros')
@Index('macros_org_owner_name_idx', ['organizationId', 'ownerAgentId', 'name'])
export class Macro {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  ownerAgentId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'owner_agent_id' })
  ownerAgent?: Agent | null;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  actions: MacroActions;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
