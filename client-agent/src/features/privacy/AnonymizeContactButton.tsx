import { useMutation } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert } from '@actionconnect/ui';
import { useState } from 'react';
import { graphql } from '../../gql';
import './privacy.css';

const anonymizeMutation = graphql(`
  mutation AnonymizeContact($contactId: ID!) {
    anonymizeContact(contactId: $contactId) {
      id
      name
      email
      anonymizedAt
    }
  }
`);

/** Whether an address is one the anonymization gave (server: contact-anonymizer.ts anonymizedEmail). */
export function isAnonymized(email: string): boolean {
  return email.endsWith('@anonymized.invalid');
}

/**
 * "Anonymize", then a confirm step naming what goes: for admins, on a contact (GDPR Article 17).
 * `refetch` names the queries that list the contact, so they show the result.
 */
export function AnonymizeContactButton({
  contact,
  refetch,
}: {
  contact: { id: string; name?: string | null; email: string };
  refetch: string[];
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [anonymize, { loading }] = useMutation(anonymizeMutation, { refetchQueries: refetch, awaitRefetchQueries: true });
  const who = contact.name ?? contact.email;

  async function confirm() {
    setError(null);
    try {
      await anonymize({ variables: { contactId: contact.id } });
      setConfirming(false);
    } catch (caught) {
      setError(toFormErrors(apiErrorsOf(caught), ['contactId']).form ?? 'The contact could not be anonymized.');
    }
  }

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setConfirming(true)}
        data-testid="anonymize-contact"
      >
        Anonymize
      </button>
    );
  }
  return (
    <div className="anonymize-confirm" role="group" aria-label={`Anonymize ${who}`}>
      <p>
        Anonymize <strong>{who}</strong>? Their name and email are replaced, their files deleted and they are signed out; their messages
        stay as a former contact’s. This cannot be undone.
      </p>
      <FormAlert message={error} />
      <div className="anonymize-actions">
        <button
          type="button"
          className="button button--danger button--small"
          disabled={loading}
          onClick={() => void confirm()}
          data-testid="confirm-anonymize"
        >
          {loading ? 'Anonymizing…' : 'Anonymize'}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
