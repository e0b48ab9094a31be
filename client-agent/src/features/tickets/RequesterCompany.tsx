import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert } from '@actionconnect/ui';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';

const companyChoicesQuery = graphql(`
  query CompanyChoices {
    companies {
      id
      name
    }
  }
`);

const setContactCompanyMutation = graphql(`
  mutation SetContactCompany($contactId: ID!, $companyId: ID, $isManager: Boolean!) {
    setContactCompany(contactId: $contactId, companyId: $companyId, isManager: $isManager) {
      id
      companyId
      isCompanyManager
    }
  }
`);

/** What the requester panel knows of the requester's company. */
export interface RequesterCompanyProps {
  requester: { id: string; isCompanyManager?: boolean | null; company?: { id: string; name: string } | null };
}

/** The requester's company and manager flag, which an agent changes here (their earlier requests stay where they were raised). */
export function RequesterCompany({ requester }: RequesterCompanyProps) {
  const { data } = useQuery(companyChoicesQuery);
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(setContactCompanyMutation, { refetchQueries: ['AgentTicket'] });
  const companyId = requester.company?.id ?? null;
  const isManager = requester.isCompanyManager ?? false;

  function change(next: { companyId: string | null; isManager: boolean }) {
    setError(null);
    save({ variables: { contactId: requester.id, ...next } }).catch((e: unknown) => setError(toFormErrors(apiErrorsOf(e), []).form));
  }

  return (
    <div className="requester-company" data-testid="requester-company">
      <label className="field-label" htmlFor="requester-company-select">
        Company
        {requester.company && (
          <>
            {' '}
            · <Link to={`/companies/${requester.company.id}`}>open</Link>
          </>
        )}
      </label>
      <select
        id="requester-company-select"
        className="input"
        value={companyId ?? ''}
        disabled={loading}
        onChange={(event) => change({ companyId: event.target.value || null, isManager: false })}
      >
        <option value="">No company</option>
        {requester.company && !data?.companies.some((c) => c.id === companyId) && (
          <option value={requester.company.id}>{requester.company.name}</option>
        )}
        {data?.companies.map((company) => (
          <option key={company.id} value={company.id}>
            {company.name}
          </option>
        ))}
      </select>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={isManager}
          disabled={loading || !companyId}
          onChange={(event) => change({ companyId, isManager: event.target.checked })}
        />{' '}
        Company manager (sees the company's requests when it shares with managers)
      </label>
      <FormAlert message={error} />
    </div>
  );
}
