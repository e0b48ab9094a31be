import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** A label agents put on tickets ("billing", "vip"); names are stored normalized (tag-name.ts), one per organization. */
@Entity('tags')
@Index('tags_org_name_key', ['organizationId', 'name'], { unique: true })
export class Tag {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @CreatedAt()
  createdAt: Date;
}
