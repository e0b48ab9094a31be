import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';
import { Article } from './article.entity';

/** A slug an article used to have, so links to it keep working after a rename. */
@Entity('article_slug_redirects')
@Index('article_slug_redirects_article_idx', ['articleId'])
export class ArticleSlugRedirect {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @PrimaryColumn({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'uuid' })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @CreatedAt()
  createdAt: Date;
}
