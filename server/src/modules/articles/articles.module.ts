import type { ServiceDeps } from '../../compose';
import type { OrganizationServices } from '../organizations/organizations.module';
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

/** Builds the knowledge-base services. */
export function buildArticleServices(deps: ServiceDeps, _mods: { organizations: OrganizationServices }): ArticleServices {
  const db = deps.dataSource;
  return {
    read: new ArticleReadService(db),
    search: new ArticleSearchService(db),
    feedback: new ArticleFeedbackService(db),
    editor: new ArticleEditorService(db),
    categories: new ArticleCategoryService(db),
  };
}
