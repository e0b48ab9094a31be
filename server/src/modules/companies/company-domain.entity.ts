import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';
import { Company } from './company.entity';

/** An email domain of a company: a new contact with an address there joins the company when created. */
@Entity('company_domains')
@Index('company_domains_org_domain_key', ['organizationId', 'domain'], { unique: true })
@Index('company_domains_company_idx', ['companyId'])
@Check('company_domains_domain_lower', `"domain" = lower("domain")`)
export class CompanyDomain {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Company;

  /** Lower-case, without the `@` (`coyote.test`). */
  @Column({ type: 'varchar', length: 253 })
  domain: string;

  @CreatedAt()
  createdAt: Date;
}
