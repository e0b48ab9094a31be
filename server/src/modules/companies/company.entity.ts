import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** Who in a company sees its colleagues' requests (ticket-access.ts is where the rule is applied). */
export type SharingMode = 'private' | 'managers' | 'everyone_view' | 'everyone_comment';

/** Every sharing mode, most private first. */
export const SHARING_MODES: readonly SharingMode[] = ['private', 'managers', 'everyone_view', 'everyone_comment'];

/** A customer company: contacts belong to one, and its sharing mode decides who sees whose requests. */
@Entity('companies')
@Index('companies_org_name_key', ['organizationId', 'name'], { unique: true })
@Check('companies_sharing_mode_check', `"sharing_mode" IN ('private', 'managers', 'everyone_view', 'everyone_comment')`)
export class Company {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  // Trigram index for the agent search (migration 1796600100000); TypeORM cannot describe it.
  @Index('companies_name_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 20, default: 'private' })
  sharingMode: SharingMode;

  @CreatedAt()
  createdAt: Date;
}
