import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from './organization.entity';

/** A host name such as support.acme.com that serves an organization's portal once verified by DNS. */
@Entity('custom_domains')
@Index('custom_domains_org_idx', ['organizationId'])
export class CustomDomain {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Lower-case host name without port. */
  @Index('custom_domains_hostname_key', { unique: true })
  @Column({ type: 'varchar', length: 253 })
  hostname: string;

  /** Value the admin publishes in a TXT record to prove control of the domain. */
  @Column({ type: 'varchar', length: 100 })
  verificationToken: string;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  @CreatedAt()
  createdAt: Date;
}
