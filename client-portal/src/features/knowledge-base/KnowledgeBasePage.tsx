import { useSearchParams } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { usePageTitle, usePortal } from '../../app/portal-context';
import { PageHeader } from '../../ui/PageHeader';
import { Placeholder } from '../../ui/Placeholder';
import { RequireContact } from '../session/RequireContact';
import { ArticleSearchForm } from './ArticleSearchForm';

/** /knowledge-base: open to everyone, or to signed-in contacts when the organization keeps it private. */
export function KnowledgeBaseRoute() {
  const { knowledgeBasePublic } = usePortal();
  if (knowledgeBasePublic) return <KnowledgeBasePage />;
  return (
    <RequireContact>
      <KnowledgeBasePage />
    </RequireContact>
  );
}

function KnowledgeBasePage() {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  usePageTitle(query ? `Search: ${query}` : 'Knowledge base');
  return (
    <>
      <PageHeader title="Knowledge base" description="Guides and answers from our support team." />
      <div className="container section">
        {/* Keyed by the query so the box follows the URL when it changes. */}
        <ArticleSearchForm key={query} initialQuery={query} size="compact" />
        <div className="section-body">
          {query ? (
            <Placeholder icon="search" title={`Results for “${query}”`}>
              <p>Matching articles will be listed here, best match first, with a short excerpt of each.</p>
            </Placeholder>
          ) : (
            <Placeholder icon="book" title="Articles by topic">
              <p>Published articles will appear here, grouped by category, with the most read ones first.</p>
            </Placeholder>
          )}
          <p className="section-aside">
            Still need help? <Link to="/requests/new">Submit a request</Link>.
          </p>
        </div>
      </div>
    </>
  );
}
