import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { EmptyState, Spinner } from '@actionconnect/ui';
import { LoadFailed } from './LoadFailed';
import { articlePath } from './kb-articles.util';

const searchArticlesQuery = graphql(`
  query KbSearch($query: String!) {
    searchArticles(query: $query, first: 20) {
      titleHtml
      snippetHtml
      match
      article {
        id
        slug
        title
        category {
          id
          slug
          name
        }
      }
    }
  }
`);

/** Search results, best first, matches highlighted. */
export function SearchResults({ query }: { query: string }) {
  const { data, previousData, error, refetch } = useQuery(searchArticlesQuery, { variables: { query } });
  const shown = data ?? previousData;
  if (!shown) {
    if (error) return <LoadFailed onRetry={() => void refetch()} />;
    return <Spinner label="Searching…" />;
  }
  const hits = shown.searchArticles;
  if (hits.length === 0) {
    return (
      <EmptyState icon="search" title={`No articles match “${query}”`}>
        <p>
          Try other words, or fewer of them. If you can't find an answer, <Link to="/requests/new">send us a request</Link>.
        </p>
      </EmptyState>
    );
  }
  const similarOnly = hits.every((h) => h.match === 'SIMILAR_TITLE');
  return (
    <section aria-label="Search results" aria-busy={!data} data-testid="kb-search-results">
      <p className="kb-results-count" role="status">
        {similarOnly
          ? `No exact matches for “${query}”. Did you mean one of these?`
          : `${hits.length} ${hits.length === 1 ? 'article' : 'articles'} for “${query}”`}
      </p>
      <ol className="kb-results">
        {hits.map((hit) => (
          <li key={hit.article.id} className="kb-result">
            {/* titleHtml and snippetHtml are escaped text with <mark> only, built by the server. */}
            <Link to={articlePath(hit.article)} className="kb-result-title" dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
            {hit.article.category && <span className="kb-result-category">{hit.article.category.name}</span>}
            <p className="kb-result-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
          </li>
        ))}
      </ol>
    </section>
  );
}
