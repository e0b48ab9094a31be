import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import type { KbCategoryArticleFragment } from '../../gql/graphql';
import { EmptyState, isNotFound, Spinner } from '@actionconnect/ui';
import { PageHeader } from '../../ui/PageHeader';
import { ArticleList } from './ArticleList';
import { Breadcrumbs } from './Breadcrumbs';
import { LoadFailed } from './LoadFailed';
import { breadcrumbs, categoryPath } from './kb-articles.util';

const categoryQuery = graphql(`
  query KbCategory($slug: String!, $first: Int!) {
    articleCategory(slug: $slug) {
      id
      slug
      name
      description
      parent {
        id
        slug
        name
      }
      children {
        id
        slug
        name
        description
        articleCount
      }
      articleCount
      articles(first: $first) {
        ...KbCategoryArticle
      }
    }
  }
`);

graphql(`
  fragment KbCategoryArticle on Article {
    id
    slug
    title
    excerpt
    category {
      id
      slug
    }
  }
`);

const moreArticlesQuery = graphql(`
  query KbCategoryMore($slug: String!, $first: Int!, $after: ID!) {
    articleCategory(slug: $slug) {
      id
      articles(first: $first, after: $after) {
        ...KbCategoryArticle
      }
    }
  }
`);

/** Articles a category page shows at first, and adds on each "Show more". */
export const CATEGORY_PAGE_SIZE = 50;

/** /knowledge-base/<category-slug>: a category's articles and subcategories. */
export function CategoryPage() {
  const { categorySlug = '' } = useParams();
  return <CategoryContent key={categorySlug} slug={categorySlug} />;
}

function CategoryContent({ slug: categorySlug }: { slug: string }) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(categoryQuery, { variables: { slug: categorySlug, first: CATEGORY_PAGE_SIZE } });
  // Later pages, by keyset (the last article shown): appended here, each its own cache entry.
  const [more, setMore] = useState<KbCategoryArticleFragment[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const category = data?.articleCategory;
  usePageTitle(category?.name ?? 'Knowledge base');

  if (!category) {
    if (isNotFound(error)) return <NotFoundPage />;
    return (
      <div className="container section">
        {error ? <LoadFailed onRetry={() => void refetch()} /> : <Spinner label="Loading the category…" />}
      </div>
    );
  }
  const trail = breadcrumbs(category.parent ? { ...category.parent, parent: null } : null);
  const articles = [...category.articles, ...more];
  const showMore = async () => {
    const last = articles[articles.length - 1];
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const result = await client.query({
        query: moreArticlesQuery,
        variables: { slug: categorySlug, first: CATEGORY_PAGE_SIZE, after: last.id },
        fetchPolicy: 'network-only',
      });
      setMore((shown) => [...shown, ...(result.data?.articleCategory.articles ?? [])]);
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <>
      <PageHeader title={category.name} description={category.description || undefined} />
      <div className="container section">
        <Breadcrumbs trail={trail} current={category.name} />
        {category.children.length > 0 && (
          <section aria-labelledby="kb-subcategories-title" className="kb-subcategories">
            <h2 id="kb-subcategories-title" className="kb-section-title">
              Topics
            </h2>
            <ul className="kb-category-grid">
              {category.children.map((sub) => (
                <li key={sub.id} className="kb-category-card">
                  <h3 className="kb-category-name">
                    <Link to={categoryPath(sub.slug)}>{sub.name}</Link>
                  </h3>
                  {sub.description && <p className="kb-category-description">{sub.description}</p>}
                  <p className="kb-category-count">{sub.articleCount === 1 ? '1 article' : `${sub.articleCount} articles`}</p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {articles.length > 0 ? (
          <section aria-label={`${category.name}: articles`}>
            <ArticleList articles={articles} />
            {articles.length < category.articleCount && (
              <div className="kb-show-more">
                <p className="kb-category-count" aria-live="polite">
                  Showing {articles.length} of {category.articleCount} articles
                </p>
                <button type="button" className="button button--secondary" onClick={() => void showMore()} disabled={loadingMore}>
                  {loadingMore ? 'Loading…' : 'Show more'}
                </button>
                {moreFailed && <p role="alert">We couldn't load more articles. Please try again.</p>}
              </div>
            )}
          </section>
        ) : (
          category.children.length === 0 && (
            <EmptyState icon="book" title="No articles here yet">
              <p>
                Try the <Link to="/knowledge-base">other topics</Link>, or <Link to="/requests/new">send us a request</Link>.
              </p>
            </EmptyState>
          )
        )}
      </div>
    </>
  );
}
