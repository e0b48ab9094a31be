import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** An intake form admins build; contacts answer its current published version. */
@Entity('intake_forms')
@Index('intake_forms_org_slug_key', ['organizationId', 'slug'], { unique: true })
export class IntakeForm {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The admin's work in progress; publishing copies it into a new immutable version. */
  @Column({ type: 'jsonb', default: () => `'{"sections": []}'` })
  draftDefinition: Record<string, unknown>;

  /** The draft's mappings (same shape as IntakeFormVersion.mappings), published with the draft. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  draftMappings: Record<string, unknown>;

  /** Latest published version number, 0 before the first publish. */
  @Column({ type: 'integer', default: 0 })
  publishedVersion: number;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
