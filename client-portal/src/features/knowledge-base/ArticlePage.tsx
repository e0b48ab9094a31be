import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { isNotFound, Spinner } from '@actionconnect/ui';
import { ArticleList } from './ArticleList';
import { Breadcrumbs } from './Breadcrumbs';
import { HelpfulVote } from './HelpfulVote';
import { LoadFailed } from './LoadFailed';
import { articlePath, breadcrumbs } from './kb-articles.util';

const articleQuery = graphql(`
  query KbArticle($slug: String!) {
    article(slug: $slug) {
      id
      slug
      title
      bodyHtml
      publishedAt
      updatedAt
      myVote
      category {
        id
        slug
        name
        parent {
          id
          slug
          name
        }
      }
      related(first: 5) {
        id
        slug
        title
        category {
          id
          slug
        }
      }
    }
  }
`);

const recordViewMutation = graphql(`
  mutation KbRecordView($articleId: ID!) {
    recordArticleView(articleId: $articleId)
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** /knowledge-base/<category-slug>/<article-slug>: one published article. */
export function ArticlePage() {
  const { articleSlug = '' } = useParams();
  const { data, error, refetch } = useQuery(articleQuery, { variables: { slug: articleSlug } });
  const article = data?.article;
  usePageTitle(article?.title ?? 'Knowledge base');
  useCanonicalPath(article ? articlePath(article) : null);
  useRecordView(article?.id ?? null);

  if (!article) {
    if (isNotFound(error)) return <NotFoundPage />;
    return (
      <div className="container section">
        {error ? <LoadFailed onRetry={() => void refetch()} /> : <Spinner label="Loading the article…" />}
      </div>
    );
  }

  const updated = new Date(article.updatedAt as string);
  return (
    <div className="container section kb-article-page">
      <Breadcrumbs trail={breadcrumbs(article.category ?? null)} current={article.title} />
      <article className="kb-article" aria-labelledby="kb-article-title">
        <header className="kb-article-header">
          <h1 id="kb-article-title" className="kb-article-title">
            {article.title}
          </h1>
          <p className="kb-article-meta">
            Updated <time dateTime={updated.toISOString()}>{dateFormat.format(updated)}</time>
          </p>
        </header>
        {/* Rendered from Markdown and sanitized on the server: no scripts, handlers or foreign frames. */}
        <div className="kb-article-body" data-testid="kb-article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <HelpfulVote articleId={article.id} myVote={article.myVote ?? null} />
      </article>
      <aside className="kb-article-aside">
        {article.related.length > 0 && (
          <section aria-labelledby="kb-related-title">
            <h2 id="kb-related-title" className="kb-section-title">
              Related articles
            </h2>
            <ArticleList articles={article.related} />
          </section>
        )}
        <section className="kb-still-stuck">
          <h2 className="kb-section-title">Still need help?</h2>
          <p>Send us a request and we'll answer by email.</p>
          <Link to="/requests/new" className="button button--primary">
            Submit a request
          </Link>
        </section>
      </aside>
    </div>
  );
}

/** Shows the article's current URL when it was reached through an old slug or another category segment. */
function useCanonicalPath(canonical: string | null): void {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (canonical && decodeURIComponent(location.pathname) !== decodeURIComponent(canonical)) {
      navigate({ pathname: canonical, search: location.search, hash: location.hash }, { replace: true });
    }
  }, [canonical, location.pathname, location.search, location.hash, navigate]);
}

/** Counts one view per article shown (StrictMode's double effects included). */
function useRecordView(articleId: string | null): void {
  const [recordView] = useMutation(recordViewMutation);
  const recorded = useRef<string | null>(null);
  useEffect(() => {
    if (!articleId || recorded.current === articleId) return;
    recorded.current = articleId;
    recordView({ variables: { articleId } }).catch(() => undefined);
  }, [articleId, recordView]);
}
