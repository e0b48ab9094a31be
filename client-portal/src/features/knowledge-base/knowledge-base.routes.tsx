import type { RouteObject } from 'react-router-dom';
import { ArticlePage } from './ArticlePage';
import { CategoryPage } from './CategoryPage';
import { KnowledgeBaseGate } from './KnowledgeBaseGate';
import { KnowledgeBasePage } from './KnowledgeBasePage';

/**
 * The knowledge base's URLs: /knowledge-base (home, and search with ?q=),
 * /knowledge-base/<category-slug> and /knowledge-base/<category-slug>/<article-slug>.
 */
export const knowledgeBaseRoute: RouteObject = {
  path: 'knowledge-base',
  element: <KnowledgeBaseGate />,
  children: [
    { index: true, element: <KnowledgeBasePage /> },
    { path: ':categorySlug', element: <CategoryPage /> },
    { path: ':categorySlug/:articleSlug', element: <ArticlePage /> },
  ],
};
