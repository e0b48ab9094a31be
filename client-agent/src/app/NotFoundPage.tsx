import { Link } from 'react-router-dom';
import { PlaceholderPage } from '../ui/PlaceholderPage';
import { usePageTitle } from './agent-session';

/** Any path of the app that does not exist. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <PlaceholderPage eyebrow="Not found" title="This page doesn't exist" icon="compass" comingTitle="Nothing here">
      <p>
        The link may be old or mistyped. Go to the <Link to="/tickets/unassigned">unassigned tickets</Link>.
      </p>
    </PlaceholderPage>
  );
}
