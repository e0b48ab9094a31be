import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Company } from '../companies/company.entity';
import { Organization } from '../organizations/organization.entity';

/** An organization's external end-user. The same email always means the same contact. */
@Entity('contacts')
@Check('contacts_email_lower', `"email" = lower("email")`)
@Index('contacts_org_email_key', ['organizationId', 'email'], { unique: true })
@Index('contacts_org_company_idx', ['organizationId', 'companyId'])
export class Contact {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Always stored lower-case (normalizeEmail), so uniqueness is case-insensitive. */
  // Trigram index for the agent search (migration 1796600100000); TypeORM cannot describe it.
  @Index('contacts_email_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  // Trigram index for the agent search (migration 1796600100000); TypeORM cannot describe it.
  @Index('contacts_name_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 120, nullable: true })
  name: string | null;

  /** The company the contact belongs to: set from its email domain at creation, or by an agent. */
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: Company | null;

  /** Sees the company's requests when its sharing mode is `managers`. Only an agent sets it. */
  @Column({ type: 'boolean', default: false })
  isCompanyManager: boolean;

  @CreatedAt()
  createdAt: Date;

  /**
   * When an admin anonymized the contact (GDPR Article 17): name and email were replaced, their
   * files removed; their messages stay, shown as a former contact's.
   */
  @Column({ type: 'timestamptz', nullable: true })
  anonymizedAt: Date | null;
}
