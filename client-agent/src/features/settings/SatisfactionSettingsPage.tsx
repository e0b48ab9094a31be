import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import './settings.css';

const badRatingReopensQuery = graphql(`
  query BadRatingReopens {
    badRatingReopens
  }
`);

const setBadRatingReopensMutation = graphql(`
  mutation SetBadRatingReopens($on: Boolean!) {
    setBadRatingReopens(on: $on)
  }
`);

/** /settings/satisfaction: what a bad answer to "How did we do?" does. */
export function SatisfactionSettingsPage() {
  usePageTitle('Satisfaction');
  const { data, loading, error } = useQuery(badRatingReopensQuery);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, { loading: saving }] = useMutation(setBadRatingReopensMutation, {
    update(cache, { data: saved }) {
      if (saved) cache.writeQuery({ query: badRatingReopensQuery, data: { badRatingReopens: saved.setBadRatingReopens } });
    },
  });

  async function toggle(on: boolean) {
    setFormError(null);
    setNotice(null);
    try {
      await save({ variables: { on } });
      setNotice(on ? 'Saved: a bad rating now reopens the request.' : 'Saved: a bad rating leaves the request solved.');
    } catch (caught) {
      setFormError(toFormErrors(apiErrorsOf(caught), []).form);
    }
  }

  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Satisfaction</h1>
        <p className="page-intro">
          When a request is solved, its requester is asked “How did we do?” by email and on the request page, and may answer or change their
          answer for 7 days. See the answers in the <Link to="/reports/satisfaction">satisfaction report</Link>.
        </p>
      </header>
      {data === undefined ? (
        loading ? (
          <Spinner label="Loading…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'The setting could not be loaded.'} />
        )
      ) : (
        <div className="settings-column">
          <FormAlert message={formError} />
          <section className="panel settings-section" aria-labelledby="bad-rating">
            <h2 id="bad-rating" className="settings-section-title">
              Bad ratings
            </h2>
            <label className="field">
              <span>
                <input
                  type="checkbox"
                  checked={data.badRatingReopens}
                  disabled={saving}
                  onChange={(event) => void toggle(event.target.checked)}
                  data-testid="bad-rating-reopens"
                />{' '}
                A bad rating reopens the request
              </span>
              <span className="field-hint">
                The request goes back to Open with a note in its history, so someone follows up. Off: it stays solved, and the rating shows
                on the ticket and in the report.
              </span>
            </label>
            <p role="status" className="field-hint">
              {notice}
            </p>
          </section>
        </div>
      )}
    </div>
  );
}
