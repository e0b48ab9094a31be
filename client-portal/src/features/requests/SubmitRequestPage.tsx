import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/portal-context';
import { PageHeader } from '../../ui/PageHeader';
import { Placeholder } from '../../ui/Placeholder';

/** /requests/new: the intake form customers fill in to reach the support team. */
export function SubmitRequestPage() {
  usePageTitle('Submit a request');
  return (
    <>
      <PageHeader title="Submit a request" description="Tell us what you need and we'll reply by email." />
      <div className="container section">
        <Placeholder icon="send" title="Request form">
          <p>
            The request form will appear here: a few questions about your issue, adapted to your answers, and room to describe it. Meanwhile, the{' '}
            <Link to="/knowledge-base">knowledge base</Link> may already have your answer.
          </p>
        </Placeholder>
      </div>
    </>
  );
}
