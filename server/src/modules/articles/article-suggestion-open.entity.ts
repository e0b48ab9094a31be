import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IdColumn } from '../../db/columns';
import { Organization } from '../organizations/organization.entity';
import { Article } from './article.entity';

/**
 * A suggested article opened from the request form, in one form session (a random id the portal
 * makes when the form is shown). The form reports a submission for its session; an open that no
 * submission follows within the deflection window counts as a deflection (see deflection.ts).
 */
@Entity('article_suggestion_opens')
@Index('article_suggestion_opens_session_article_key', ['sessionId', 'articleId', 'visitorKey'], { unique: true })
@Index('article_suggestion_opens_visitor_session_idx', ['organizationId', 'visitorKey', 'sessionId'])
@Index('article_suggestion_opens_article_idx', ['articleId', 'openedAt'])
export class ArticleSuggestionOpen {
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

  @Column({ type: 'uuid' })
  sessionId: string;

  /** Who opened it (same keys as votes), so only they can report their session's submission. */
  @Column({ type: 'varchar', length: 80 })
  visitorKey: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  /** When the same session submitted a request; null while it has not. */
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
