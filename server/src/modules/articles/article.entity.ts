import { BeforeInsert, BeforeUpdate, Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CreatedAt, IdColumn, UpdatedAt } from '../../db/columns';
import { Agent } from '../agents/agent.entity';
import { Organization } from '../organizations/organization.entity';
import { ArticleCategory } from './article-category.entity';
import { htmlToText, renderMarkdown } from './markdown';

/** Drafts are never visible to contacts or visitors. */
export type ArticleStatus = 'draft' | 'published';

/** A knowledge-base article written in Markdown, stored with its sanitized HTML and plain text. */
@Entity('articles')
@Index('articles_org_slug_key', ['organizationId', 'slug'], { unique: true })
@Index('articles_org_status_idx', ['organizationId', 'status', 'publishedAt'])
@Index('articles_category_idx', ['categoryId'])
@Check('articles_status_check', `"status" IN ('draft', 'published')`)
export class Article {
  @IdColumn()
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => ArticleCategory, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'category_id' })
  category?: ArticleCategory | null;

  @Column({ type: 'varchar', length: 120 })
  slug: string;

  // Its trigram index (GiST, typo-tolerant title search) and full-text index (GIN on the title's
  // tsvector, title matches first) live only in the migrations: TypeORM cannot describe them.
  @Index('articles_title_trgm_idx', { synchronize: false })
  @Index('articles_title_search_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  bodyMarkdown: string;

  /** Rendered and sanitized on the server at save time (see renderBody). */
  @Column({ type: 'text', default: '' })
  bodyHtml: string;

  /** The rendered body as plain text: what search indexes and what snippets are cut from. */
  @Column({ type: 'text', default: '' })
  bodyText: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status: ArticleStatus;

  @Column({ type: 'uuid', nullable: true })
  authorAgentId: string | null;

  @ManyToOne(() => Agent, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_agent_id' })
  author?: Agent | null;

  /** Weighted text vector (title A, body text B), kept up to date by a trigger in the migrations. */
  // The GIN index on it lives only in the migration: TypeORM cannot describe GIN indexes.
  @Index('articles_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector: string | null;

  // Descending, partial list indexes (migration 1795800300000-article-list-indexes): TypeORM cannot
  // describe them, so it leaves them alone.
  @Index('articles_popular_idx', { synchronize: false })
  @Index('articles_category_views_idx', { synchronize: false })
  // A category's page by title (migration 1796700100000), partial like the two above.
  @Index('articles_category_title_idx', { synchronize: false })
  @Column({ type: 'integer', default: 0 })
  viewCount: number;

  /** Counters kept in step with article_votes, in the vote's transaction. */
  @Column({ type: 'integer', default: 0 })
  helpfulCount: number;

  @Column({ type: 'integer', default: 0 })
  unhelpfulCount: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /**
   * The Markdown is the only source: whoever saves an article (the services, the demo data),
   * its HTML and text are rendered from it here, so they can never disagree or skip sanitizing.
   */
  @BeforeInsert()
  @BeforeUpdate()
  renderBody(): void {
    if (typeof this.bodyMarkdown !== 'string') return;
    this.bodyHtml = renderMarkdown(this.bodyMarkdown);
    this.bodyText = htmlToText(this.bodyHtml);
  }
}
