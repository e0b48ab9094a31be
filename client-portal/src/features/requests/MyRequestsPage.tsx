import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/portal-context';
import { PageHeader } from '../../ui/PageHeader';
import { Placeholder } from '../../ui/Placeholder';
import { useSession } from '../session/session-context';

/** /requests, for signed-in contacts only: the requests they have sent. */
export function MyRequestsPage() {
  usePageTitle('My requests');
  const session = useSession();
  const email = session.status === 'contact' ? session.contact.email : null;
  return (
    <>
      <PageHeader
        title="My requests"
        description={email ? `Requests sent from ${email}.` : undefined}
        actions={
          <Link to="/requests/new" className="button button--primary">
            Submit a request
          </Link>
        }
      />
      <div className="container section">
        <Placeholder icon="inbox" title="Your requests">
          <p>Every request you send will be listed here with its status and the date of our latest reply, newest first.</p>
        </Placeholder>
      </div>
    </>
  );
}
