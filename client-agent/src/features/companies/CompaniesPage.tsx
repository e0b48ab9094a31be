import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, EmptyState, FormAlert, Spinner } from '@actionconnect/ui';
import { Link } from 'react-router-dom';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { graphql } from '../../gql';
import { CompanyForm, SHARING_MODE_LABELS } from './CompanyForm';
import './companies.css';

const companiesQuery = graphql(`
  query Companies {
    companies {
      id
      name
      sharingMode
      domains
    }
  }
`);

const createCompanyMutation = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      name
      sharingMode
      domains
    }
  }
`);

/** /companies: the workspace's customer companies; admins add them with their domains and sharing mode. */
export function CompaniesPage() {
  usePageTitle('Companies');
  const { agent } = useAgentSession();
  const admin = isAdminRole(agent.role);
  const { data, loading, error } = useQuery(companiesQuery);
  const [create] = useMutation(createCompanyMutation, { refetchQueries: ['Companies'], awaitRefetchQueries: true });
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Customers</p>
        <h1 className="page-title">Companies</h1>
        <p className="page-intro">
          Contacts belong to companies; each company's sharing mode decides who of them sees the others' requests.
        </p>
      </header>
      {admin && (
        <section className="company-card company-create" aria-labelledby="company-create-title">
          <h2 id="company-create-title" className="company-card-title">
            Add a company
          </h2>
          <CompanyForm
            initial={{ name: '', sharingMode: 'PRIVATE', domains: [] }}
            submitLabel="Add company"
            onSubmit={(input) => create({ variables: { input } })}
          />
        </section>
      )}
      {!data ? (
        loading ? (
          <Spinner label="Loading companies…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Companies could not be loaded.'} />
        )
      ) : data.companies.length === 0 ? (
        <EmptyState icon="inbox" title="No companies yet">
          <p>{admin ? 'Add the first one above.' : 'An admin adds companies.'}</p>
        </EmptyState>
      ) : (
        <ul className="company-list" data-testid="company-list">
          {data.companies.map((company) => (
            <li key={company.id}>
              <Link to={`/companies/${company.id}`} className="company-row">
                <span className="company-row-name">{company.name}</span>
                <span className="muted">{company.domains.join(', ') || 'No domains'}</span>
                <span className="muted">{SHARING_MODE_LABELS[company.sharingMode].split(':')[0]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
