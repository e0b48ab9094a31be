import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { EmptyState, Icon, Spinner } from '@actionconnect/ui';
import { PageHeader } from '../../ui/PageHeader';
import { ArticleList } from './ArticleList';
import { LoadFailed } from './LoadFailed';
import { LiveSearchBox } from './LiveSearchBox';
import { SearchResults } from './SearchResults';
import { categoryPath } from './kb-articles.util';

const knowledgeBaseHomeQuery = graphql(`
  query KbHome {
    articleCategories {
      id
      slug
      name
      description
      articleCount
      children {
        id
        slug
        name
        articleCount
      }
      articles(first: 5) {
        id
        slug
        title
        category {
          id
          slug
        }
      }
    }
    popularArticles(first: 5) {
      id
      slug
      title
      category {
        id
        slug
      }
    }
    recentArticles(first: 5) {
      id
      slug
      title
      category {
        id
        slug
      }
    }
  }
`);

/** How many of a category's articles its card lists. */
const ARTICLES_PER_CARD = 5;

/** /knowledge-base: categories, popular and recent articles; with ?q= the search results instead. */
export function KnowledgeBasePage() {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  usePageTitle(query ? `Search: ${query}` : 'Knowledge base');
  return (
    <>
      <PageHeader title="Knowledge base" description="Guides and answers from our support team." />
      <div className="container section">
        <LiveSearchBox query={query} />
        <div className="section-body">{query ? <SearchResults query={query} /> : <KnowledgeBaseHome />}</div>
        <p className="section-aside">
          Still need help? <Link to="/requests/new">Submit a request</Link>.
        </p>
      </div>
    </>
  );
}

function KnowledgeBaseHome() {
  const { data, error, refetch } = useQuery(knowledgeBaseHomeQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) {
    if (error) return <LoadFailed onRetry={() => void refetch()} />;
    return <Spinner label="Loading articles…" />;
  }
  const categories = data.articleCategories.filter((c) => c.articleCount > 0 || c.children.some((s) => s.articleCount > 0));
  if (categories.length === 0 && data.recentArticles.length === 0) {
    return (
      <EmptyState icon="book" title="No articles yet">
        <p>Our team hasn't published any articles yet. Send us a request and we'll help you directly.</p>
      </EmptyState>
    );
  }
  return (
    <div className="kb-home">
      <section aria-labelledby="kb-categories-title">
        <h2 id="kb-categories-title" className="kb-section-title">
          Browse by topic
        </h2>
        <ul className="kb-category-grid">
          {categories.map((category) => (
            <li key={category.id} className="kb-category-card">
              <h3 className="kb-category-name">
                <Link to={categoryPath(category.slug)}>{category.name}</Link>
              </h3>
              {category.description && <p className="kb-category-description">{category.description}</p>}
              <ArticleList articles={category.articles.slice(0, ARTICLES_PER_CARD)} label={category.name} />
              {category.children.length > 0 && (
                <ul className="kb-subcategory-links" aria-label={`${category.name}: subcategories`}>
                  {category.children.map((sub) => (
                    <li key={sub.id}>
                      <Link to={categoryPath(sub.slug)}>{sub.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
              <Link to={categoryPath(category.slug)} className="kb-more">
                {category.articleCount === 1 ? 'See the article' : `See all ${category.articleCount} articles`}{' '}
                <Icon name="arrowRight" width={16} height={16} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="kb-columns">
        {data.popularArticles.length > 0 && (
          <section aria-labelledby="kb-popular-title">
            <h2 id="kb-popular-title" className="kb-section-title">
              Popular articles
            </h2>
            <ArticleList articles={data.popularArticles} />
          </section>
        )}
        {data.recentArticles.length > 0 && (
          <section aria-labelledby="kb-recent-title">
            <h2 id="kb-recent-title" className="kb-section-title">
              Recently published
            </h2>
            <ArticleList articles={data.recentArticles} />
          </section>
        )}
      </div>
    </div>
  );
}
