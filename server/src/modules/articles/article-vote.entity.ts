import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';
import { Article } from './article.entity';

/**
 * One visitor's answer to "was this helpful?". The unique key makes it one vote per visitor per
 * article: a contact is `contact:<id>`, an anonymous visitor `visitor:<sha256 of their cookie>`.
 */
@Entity('article_votes')
@Index('article_votes_article_voter_key', ['articleId', 'voterKey'], { unique: true })
@Index('article_votes_org_idx', ['organizationId'])
export class ArticleVote {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Column({ type: 'varchar', length: 80 })
  voterKey: string;

  @Column({ type: 'boolean' })
  helpful: boolean;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
