import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';

/** An organization's external end-user. The same email always means the same contact. */
@Entity('contacts')
@Check('contacts_email_lower', `"email" = lower("email")`)
@Index('contacts_org_email_key', ['organizationId', 'email'], { unique: true })
export class Contact {
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

  @Column({ type: 'varchar', length: 120, nullable: true })
  name: string | null;

  @CreatedAt()
  createdAt: Date;
}
