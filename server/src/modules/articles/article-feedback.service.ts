import type { TenantData, TenantTx } from '../../db/tenant';
import { DomainError, ErrorCode, notFound } from '../../errors';
import type { RateLimit, RateLimiter } from '../auth/rate-limiter';
import { unwrap } from '../../db/query-result';
import { isUuid } from '@actionconnect/shared';
import { Article } from './article.entity';

/**
 * Deflection, precisely: the request form makes a random session id when it is shown. Opening a
 * suggested article from it records (session, article, reader). Submitting the form reports the
 * session as submitted. An opened suggestion counts as a deflection once this window has passed
 * since it was opened with no submission from that session within it: the reader read the
 * article and did not go on to ask. Each article opened in such a session counts once.
 */
export const DEFLECTION_WINDOW_MS = 30 * 60_000;

/** Per-IP limits on what anonymous readers can write: votes, and views and suggestion events. */
export const FEEDBACK_LIMITS = {
  votesPerIp: { max: 60, windowMs: 3_600_000 },
  eventsPerIp: { max: 600, windowMs: 3_600_000 },
} satisfies Record<string, RateLimit>;

/** What agents see per article. */
export interface ArticleStatsRow {
  views: number;
  helpfulVotes: number;
  unhelpfulVotes: number;
  suggestionOpens: number;
  deflections: number;
}

/**
 * Votes, views and suggestion events from the portal, and the statistics agents read. The rate
 * limiter's counters span organizations, so each limit is checked before the tenant transaction opens.
 */
export class ArticleFeedbackService {
  constructor(
    private readonly tenant: TenantData,
    private readonly limiter: Pick<RateLimiter, 'hit'>,
  ) {}

  /**
   * Records a reader's vote, one per reader and article (a unique key): voting again changes the
   * vote. The article's counters change in the same transaction as the vote row.
   */
  async vote(args: { organizationId: string; articleId: string; readerKey: string; helpful: boolean; ip: string }): Promise<void> {
    await this.limiter.hit([{ key: `kb-vote:ip:${args.ip}`, limit: FEEDBACK_LIMITS.votesPerIp }]);
    await this.tenant.run(args.organizationId, async (tx) => {
      await assertPublished(tx, args.articleId);
      const inserted = unwrap<unknown>(
        await tx.sql(
          `INSERT INTO article_votes (organization_id, article_id, voter_key, helpful) VALUES ($1, $2, $3, $4)
           ON CONFLICT (article_id, voter_key) DO NOTHING RETURNING id`,
          [args.organizationId, args.articleId, args.readerKey, args.helpful],
        ),
      );
      let helpfulDelta = 0;
      let unhelpfulDelta = 0;
      if (inserted.length) {
        if (args.helpful) helpfulDelta = 1;
        else unhelpfulDelta = 1;
      } else {
        const changed = unwrap<unknown>(
          await tx.sql(
            `UPDATE article_votes SET helpful = $4, updated_at = now()
             WHERE organization_id = $1 AND article_id = $2 AND voter_key = $3 AND helpful <> $4 RETURNING id`,
            [args.organizationId, args.articleId, args.readerKey, args.helpful],
          ),
        );
        if (changed.length) {
          helpfulDelta = args.helpful ? 1 : -1;
          unhelpfulDelta = -helpfulDelta;
        }
      }
      if (helpfulDelta || unhelpfulDelta) {
        await tx.sql(
          `UPDATE articles SET helpful_count = helpful_count + $3, unhelpful_count = unhelpful_count + $4
           WHERE organization_id = $1 AND id = $2`,
          [args.organizationId, args.articleId, helpfulDelta, unhelpfulDelta],
        );
      }
    });
  }

  /** The reader's votes on these articles. */
  async votesOf(organizationId: string, readerKey: string, articleIds: readonly string[]): Promise<Map<string, boolean>> {
    const rows = await this.tenant.run(organizationId, (tx) =>
      tx.sql<{ article_id: string; helpful: boolean }>(
        `SELECT article_id, helpful FROM article_votes WHERE organization_id = $1 AND voter_key = $2 AND article_id = ANY($3::uuid[])`,
        [organizationId, readerKey, articleIds.filter(isUuid)],
      ),
    );
    return new Map(rows.map((r) => [r.article_id, r.helpful]));
  }

  /** Counts a page view of a published article; false (and nothing counted) past the IP limit. */
  async recordView(args: { organizationId: string; articleId: string; ip: string }): Promise<boolean> {
    if (!isUuid(args.articleId)) throw notFound('Article');
    if (!(await this.withinEventLimit(args.ip))) return false;
    const updated = unwrap<unknown>(
      await this.tenant.run(args.organizationId, (tx) =>
        tx.sql(
          `UPDATE articles SET view_count = view_count + 1 WHERE organization_id = $1 AND id = $2 AND status = 'published' RETURNING id`,
          [args.organizationId, args.articleId],
        ),
      ),
    );
    if (!updated.length) throw notFound('Article');
    return true;
  }

  /** A suggestion opened from a request form session; also a view. Opening it again in the session changes nothing. */
  async suggestionOpened(args: {
    organizationId: string;
    articleId: string;
    sessionId: string;
    readerKey: string;
    ip: string;
  }): Promise<boolean> {
    if (!(await this.withinEventLimit(args.ip))) return false;
    await this.tenant.run(args.organizationId, async (tx) => {
      await assertPublished(tx, args.articleId);
      const inserted = unwrap<unknown>(
        await tx.sql(
          `INSERT INTO article_suggestion_opens (organization_id, article_id, session_id, visitor_key) VALUES ($1, $2, $3, $4)
           ON CONFLICT (session_id, article_id, visitor_key) DO NOTHING RETURNING id`,
          [args.organizationId, args.articleId, args.sessionId, args.readerKey],
        ),
      );
      if (inserted.length) {
        await tx.sql(`UPDATE articles SET view_count = view_count + 1 WHERE organization_id = $1 AND id = $2`, [
          args.organizationId,
          args.articleId,
        ]);
      }
    });
    return true;
  }

  /** The form of this session was submitted: its opened suggestions did not deflect the request. Returns how many it covered. */
  async sessionSubmitted(args: { organizationId: string; sessionId: string; readerKey: string }): Promise<number> {
    const rows = unwrap<unknown>(
      await this.tenant.run(args.organizationId, (tx) =>
        tx.sql(
          `UPDATE article_suggestion_opens SET submitted_at = now()
           WHERE organization_id = $1 AND visitor_key = $2 AND session_id = $3 AND submitted_at IS NULL RETURNING id`,
          [args.organizationId, args.readerKey, args.sessionId],
        ),
      ),
    );
    return rows.length;
  }

  /** Views, votes, suggestion opens and deflections of each article, in one statement. */
  async stats(organizationId: string, articleIds: readonly string[]): Promise<Map<string, ArticleStatsRow>> {
    const rows = await this.tenant.run(organizationId, (tx) =>
      tx.sql<{ id: string; views: number; helpful: number; unhelpful: number; opens: string; deflections: string }>(
        `SELECT a.id, a.view_count AS views, a.helpful_count AS helpful, a.unhelpful_count AS unhelpful,
              count(o.id) AS opens,
              count(o.id) FILTER (
                WHERE o.opened_at <= now() - make_interval(secs => $3)
                  AND (o.submitted_at IS NULL OR o.submitted_at > o.opened_at + make_interval(secs => $3))
              ) AS deflections
       FROM articles a
       LEFT JOIN article_suggestion_opens o ON o.organization_id = a.organization_id AND o.article_id = a.id
       WHERE a.organization_id = $1 AND a.id = ANY($2::uuid[])
       GROUP BY a.id`,
        [organizationId, articleIds.filter(isUuid), DEFLECTION_WINDOW_MS / 1000],
      ),
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          views: r.views,
          helpfulVotes: r.helpful,
          unhelpfulVotes: r.unhelpful,
          suggestionOpens: Number(r.opens),
          deflections: Number(r.deflections),
        },
      ]),
    );
  }

  private async withinEventLimit(ip: string): Promise<boolean> {
    try {
      await this.limiter.hit([{ key: `kb-event:ip:${ip}`, limit: FEEDBACK_LIMITS.eventsPerIp }]);
      return true;
    } catch (error) {
      // Past the limit, events are dropped quietly: reading must never fail because of counting.
      if (error instanceof DomainError && error.code === ErrorCode.RateLimited) return false;
      throw error;
    }
  }
}

async function assertPublished(tx: TenantTx, articleId: string): Promise<void> {
  const found = isUuid(articleId) && (await tx.exists(Article, { id: articleId, status: 'published' }));
  if (!found) throw notFound('Article');
}
