import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { EmptyState, isNotFound, Spinner } from '@actionconnect/ui';
import { PageHeader } from '../../ui/PageHeader';
import { ArticleList } from './ArticleList';
import { Breadcrumbs } from './Breadcrumbs';
import { LoadFailed } from './LoadFailed';
import { breadcrumbs, categoryPath } from './kb-articles.util';

const categoryQuery = graphql(`
  query KbCategory($slug: String!) {
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
      articles {
        id
        slug
        title
        excerpt
        category {
          id
          slug
        }
      }
    }
  }
`);

/** /knowledge-base/<category-slug>: a category's articles and subcategories. */
export function CategoryPage() {
  const { categorySlug = '' } = useParams();
  const { data, error, refetch } = useQuery(categoryQuery, { variables: { slug: categorySlug } });
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
        {category.articles.length > 0 ? (
          <section aria-label={`${category.name}: articles`}>
            <ArticleList articles={category.articles} />
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
