import type { GraphQLContext } from '../../graphql/context';
import { ArticleCategoryService } from './article-category.service';
import { ArticleEditorService } from './article-editor.service';
import { ArticleFeedbackService } from './article-feedback.service';
import { ArticleReadService } from './article-read.service';
import { ArticleSearchService } from './article-search.service';

/** The knowledge-base services for one request, wired to its data source. */
export function articleServices(ctx: Pick<GraphQLContext, 'db'>) {
  return {
    read: new ArticleReadService(ctx.db),
    search: new ArticleSearchService(ctx.db),
    feedback: new ArticleFeedbackService(ctx.db),
    editor: new ArticleEditorService(ctx.db),
    categories: new ArticleCategoryService(ctx.db),
  };
}

/** The peer address. X-Forwarded-For is ignored: trust proxy is off unless a deployment turns it on. */
export function clientIp(ctx: Pick<GraphQLContext, 'req'>): string {
  return ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';
}

/** A list size within 1..max. */
export function clampFirst(first: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(first) || 1));
}
