import { useQuery } from '@apollo/client/react';
import { formatDateTime, toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, EmptyState, FormAlert, Spinner } from '@actionconnect/ui';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { AnonymizeContactButton } from './AnonymizeContactButton';
import './privacy.css';

const deletionRequestsQuery = graphql(`
  query DataDeletionRequests($status: DeletionRequestStatus!) {
    dataDeletionRequests(status: $status) {
      id
      status
      createdAt
      completedAt
      contact {
        id
        name
        email
        anonymizedAt
      }
    }
  }
`);

/** /settings/data-requests: contacts who asked to have their data deleted, and those already anonymized. Admins only. */
export function DeletionRequestsPage() {
  usePageTitle('Data requests');
  const open = useQuery(deletionRequestsQuery, { variables: { status: 'OPEN' } });
  const done = useQuery(deletionRequestsQuery, { variables: { status: 'DONE' } });
  const failed = open.error ?? done.error;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Data requests</h1>
        <p className="page-intro">
          Contacts ask from the portal to have their data deleted. Anonymizing a contact replaces their name and email, deletes their files
          and signs them out; their messages stay, shown as a former contact’s, and each of their requests records it.
        </p>
      </header>
      {failed && <FormAlert message={toFormErrors(apiErrorsOf(failed), []).form} />}
      <section className="panel privacy-section" aria-labelledby="open-requests-title">
        <h2 id="open-requests-title" className="privacy-section-title">
          Waiting
        </h2>
        {!open.data ? (
          open.loading && <Spinner label="Loading…" />
        ) : open.data.dataDeletionRequests.length === 0 ? (
          <EmptyState icon="shield" title="No open requests">
            <p>When a contact asks to have their data deleted, it shows here and admins get an email.</p>
          </EmptyState>
        ) : (
          <ul className="privacy-list" data-testid="open-deletion-requests">
            {open.data.dataDeletionRequests.map((request) => (
              <li key={request.id} className="privacy-row">
                <div>
                  <strong>{request.contact.name ?? request.contact.email}</strong> <span className="muted">{request.contact.email}</span>
                  <div className="muted">Asked {formatDateTime(request.createdAt)}</div>
                </div>
                <AnonymizeContactButton contact={request.contact} refetch={['DataDeletionRequests']} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {done.data && done.data.dataDeletionRequests.length > 0 && (
        <section className="panel privacy-section" aria-labelledby="done-requests-title">
          <h2 id="done-requests-title" className="privacy-section-title">
            Done
          </h2>
          <ul className="privacy-list" data-testid="done-deletion-requests">
            {done.data.dataDeletionRequests.map((request) => (
              <li key={request.id} className="privacy-row">
                <span>
                  {request.contact.email}{' '}
                  <span className="muted">anonymized {request.completedAt ? formatDateTime(request.completedAt) : ''}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
