import { Link } from 'react-router-dom';
import { EmptyState } from '@actionconnect/ui';
import { usePageTitle } from './portal-context';

/** Any path the portal does not know. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="container section section--narrow">
      <EmptyState
        icon="compass"
        title="We couldn't find that page"
        action={
          <Link to="/" className="button button--primary">
            Go to the help center
          </Link>
        }
      >
        <p>The link may be old, or the page may have moved. Try searching the knowledge base from the home page.</p>
      </EmptyState>
    </div>
  );
}
