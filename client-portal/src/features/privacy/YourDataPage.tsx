import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatDate } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Icon, Spinner } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { PageHeader } from '../../ui/PageHeader';
import { useSession } from '../session';
import './privacy.css';

/** The server's download of the signed-in contact's data (server/src/modules/privacy/contact-export.routes.ts). */
export const EXPORT_PATH = '/my-data/export';

const myDeletionRequestQuery = graphql(`
  query MyDeletionRequest {
    myDeletionRequest {
      id
      status
      createdAt
    }
  }
`);

const requestDeletionMutation = graphql(`
  mutation RequestDataDeletion {
    requestDataDeletion {
      id
      status
      createdAt
    }
  }
`);

/** "Your data": download everything we hold about you (GDPR Article 15), or ask us to delete it (Article 17). */
export function YourDataPage() {
  usePageTitle('Your data');
  const session = useSession();
  const email = session.status === 'contact' ? session.contact.email : null;
  return (
    <>
      <PageHeader title="Your data" description={email ? `What we hold about ${email}, and how to have it deleted.` : undefined} />
      <div className="container section privacy-page">
        <section className="privacy-card" aria-labelledby="privacy-download-title">
          <h2 id="privacy-download-title" className="privacy-card-title">
            Download your data
          </h2>
          <p>
            One JSON file with your profile, the requests you raised or are copied on (with their public conversation), every message you
            wrote, the files you uploaded, and when you signed in. Notes our team keeps for itself are not in it.
          </p>
          {/* A plain link: the server sends the file as a download, so the browser saves it as it arrives. */}
          <a className="button button--primary" href={EXPORT_PATH} download data-testid="download-my-data">
            <Icon name="download" width={18} height={18} /> Download my data
          </a>
        </section>
        <DeletionCard />
      </div>
    </>
  );
}

function DeletionCard() {
  const { data, loading } = useQuery(myDeletionRequestQuery);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [requestDeletion, sending] = useMutation(requestDeletionMutation, {
    update(cache, result) {
      const request = result.data?.requestDataDeletion;
      if (request) cache.writeQuery({ query: myDeletionRequestQuery, data: { myDeletionRequest: request } });
    },
  });
  const open = data?.myDeletionRequest?.status === 'OPEN' ? data.myDeletionRequest : null;

  async function confirm() {
    setError(null);
    try {
      await requestDeletion();
      setConfirming(false);
    } catch (e) {
      setError(toFormErrors(apiErrorsOf(e), []).form);
    }
  }

  return (
    <section className="privacy-card" aria-labelledby="privacy-delete-title">
      <h2 id="privacy-delete-title" className="privacy-card-title">
        Ask us to delete your data
      </h2>
      {loading ? (
        <Spinner label="Loading" />
      ) : open ? (
        <p className="privacy-confirmed" role="status" data-testid="deletion-requested">
          <Icon name="checkCircle" width={18} height={18} /> We received your request on {formatDate(open.createdAt)}. Our team will erase
          your name, email address and files; once they have, you are signed out and this address starts afresh if you sign in again.
        </p>
      ) : (
        <>
          <p>
            We will replace your name and email address, delete the files you uploaded and sign you out everywhere. What you wrote in your
            requests stays, shown as from “a former contact”, because our team needs the history of the requests.
          </p>
          <FormAlert message={error} />
          {confirming ? (
            <div className="privacy-confirm" role="group" aria-label="Confirm the deletion request">
              <p>Send the request? You can download your data first.</p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => void confirm()}
                disabled={sending.loading}
                data-testid="confirm-deletion"
              >
                {sending.loading ? 'Sending…' : 'Yes, ask to delete my data'}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="button button--ghost" onClick={() => setConfirming(true)} data-testid="request-deletion">
              Ask us to delete my data
            </button>
          )}
        </>
      )}
    </section>
  );
}
