import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** A ticket field an organization defines (product, order number, severity...). */
@Entity('custom_field_definitions')
@Index('custom_field_definitions_org_key', ['organizationId', 'key'], { unique: true })
@Check(
  'custom_field_definitions_type_check',
  `"type" IN ('short_text', 'long_text', 'email', 'number', 'date', 'single_choice', 'multiple_choice', 'checkbox')`,
)
export class CustomFieldDefinition {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Stable identifier used by form mappings. */
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'varchar', length: 20 })
  type: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  options: { value: string; label: string }[];

  /** Whether contacts see this field's value on their tickets in the portal. Agent-only by default. */
  @Column({ type: 'boolean', default: false })
  visibleToContact: boolean;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
