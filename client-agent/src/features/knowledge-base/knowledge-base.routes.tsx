import type { RouteObject } from 'react-router-dom';
import { ArticleEditorPage } from './ArticleEditorPage';
import { CategoriesPage } from './CategoriesPage';
import { KnowledgeBasePage } from './KnowledgeBasePage';

/** The knowledge-base screens: the article list, the editor (new or by id) and categories. */
export const knowledgeBaseRoutes: RouteObject[] = [
  { path: 'knowledge-base', element: <KnowledgeBasePage /> },
  { path: 'knowledge-base/categories', element: <CategoriesPage /> },
  { path: 'knowledge-base/articles/:id', element: <ArticleEditorPage /> },
];
