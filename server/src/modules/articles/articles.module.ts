import type { ServiceDeps } from '../../compose';
import type { AuthServices } from '../auth/auth.module';
import { ArticleCategoryService } from './article-category.service';
import { ArticleEditorService } from './article-editor.service';
import { ArticleFeedbackService } from './article-feedback.service';
import { ArticleReadService } from './article-read.service';
import { ArticleSearchService } from './article-search.service';

/** The knowledge base. */
export interface ArticleServices {
  read: ArticleReadService;
  search: ArticleSearchService;
  feedback: ArticleFeedbackService;
  editor: ArticleEditorService;
  categories: ArticleCategoryService;
}

/** Builds the knowledge-base services; feedback shares the auth module's rate limiter. */
export function buildArticleServices(deps: ServiceDeps, mods: { auth: Pick<AuthServices, 'rateLimiter'> }): ArticleServices {
  const { tenant } = deps;
  return {
    read: new ArticleReadService(tenant),
    search: new ArticleSearchService(tenant),
    feedback: new ArticleFeedbackService(tenant, mods.auth.rateLimiter),
    editor: new ArticleEditorService(tenant),
    categories: new ArticleCategoryService(tenant, deps.onOrganizationChanged),
  };
}
