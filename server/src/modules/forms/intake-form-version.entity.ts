import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { IntakeForm } from './intake-form.entity';

/** An immutable published version of an intake form; tickets point at the version they were submitted with. */
@Entity('intake_form_versions')
@Index('intake_form_versions_form_version_key', ['formId', 'version'], { unique: true })
export class IntakeFormVersion {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  formId: string;

  @ManyToOne(() => IntakeForm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'form_id' })
  form?: IntakeForm;

  @Column({ type: 'integer' })
  version: number;

  /** A FormDefinition from @actionconnect/shared, validated before it was stored. */
  @Column({ type: 'jsonb' })
  definition: Record<string, unknown>;

  /** Which answers fill which ticket fields: { subject: 'field_key', customFields: { fieldKey: customFieldKey } }. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  mappings: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  publishedByAgentId: string | null;

  @CreatedAt()
  publishedAt: Date;
}
