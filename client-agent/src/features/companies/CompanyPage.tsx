import { useMutation, useQuery } from '@apollo/client/react';
import { formatRelativeTime, toFormErrors, personName } from '@actionconnect/shared';
import { apiErrorsOf, EmptyState, FormAlert, isNotFound, Spinner, useLoadMore } from '@actionconnect/ui';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { graphql } from '../../gql';
import { AnonymizeContactButton, isAnonymized } from '../privacy';
import { StatusPill, ticketPath } from '../tickets';
import { CompanyForm, SHARING_MODE_LABELS } from './CompanyForm';
import './companies.css';

const PAGE_SIZE = 20;

const companyQuery = graphql(`
  query Company($id: ID!, $first: Int!, $after: String) {
    company(id: $id) {
      id
      name
      sharingMode
      domains
      contacts {
        id
        name
        email
        isCompanyManager
      }
      tickets(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          subject
          status
          updatedAt
          requester {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const updateCompanyMutation = graphql(`
  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      id
      name
      sharingMode
      domains
    }
  }
`);

const deleteCompanyMutation = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id)
  }
`);

/** /companies/:id: a company's contacts and requests; admins change its name, domains and sharing. */
export function CompanyPage() {
  const { id = '' } = useParams();
  const { agent } = useAgentSession();
  const admin = isAdminRole(agent.role);
  const navigate = useNavigate();
  const { data, error, fetchMore } = useQuery(companyQuery, { variables: { id, first: PAGE_SIZE } });
  const [update] = useMutation(updateCompanyMutation);
  const [remove, { error: removeError }] = useMutation(deleteCompanyMutation, { refetchQueries: ['Companies'] });
  const more = useLoadMore("We couldn't load more tickets. Try again.");
  const company = data?.company;
  usePageTitle(company?.name ?? 'Company');

  if (!company) {
    if (error && isNotFound(error)) {
      return (
        <div className="page">
          <EmptyState icon="compass" title="No such company">
            <p>
              It may have been deleted. <Link to="/companies">All companies</Link>
            </p>
          </EmptyState>
        </div>
      );
    }
    return (
      <div className="page">{error ? <FormAlert message={toFormErrors(apiErrorsOf(error), []).form} /> : <Spinner label="Loading…" />}</div>
    );
  }

  const tickets = company.tickets;
  async function loadMore() {
    const after = tickets.pageInfo.endCursor;
    if (!after) return;
    await more.run(() =>
      fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          company: {
            ...fetchMoreResult.company,
            tickets: {
              ...fetchMoreResult.company.tickets,
              nodes: [...previous.company.tickets.nodes, ...fetchMoreResult.company.tickets.nodes],
            },
          },
        }),
      }),
    );
  }

  const now = new Date();
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">
          <Link to="/companies">Companies</Link>
        </p>
        <h1 className="page-title" data-testid="company-name">
          {company.name}
        </h1>
        <p className="page-intro">
          {SHARING_MODE_LABELS[company.sharingMode]}. Domains: {company.domains.join(', ') || 'none'}.
        </p>
      </header>
      <div className="company-layout">
        <section className="company-card" aria-labelledby="company-tickets-title">
          <h2 id="company-tickets-title" className="company-card-title">
            Requests ({tickets.totalCount})
          </h2>
          {tickets.nodes.length === 0 ? (
            <p className="muted">No requests raised in this company yet.</p>
          ) : (
            <ul className="other-tickets" data-testid="company-tickets">
              {tickets.nodes.map((ticket) => (
                <li key={ticket.id}>
                  <Link to={ticketPath(ticket.number)} className="other-ticket">
                    <span className="other-ticket-subject">
                      <span className="muted">#{ticket.number}</span> {ticket.subject}
                      <span className="muted"> · {personName(ticket.requester)}</span>
                    </span>
                    <span className="other-ticket-meta">
                      <StatusPill status={ticket.status} />
                      <span className="muted">{formatRelativeTime(ticket.updatedAt, now)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <FormAlert message={more.error} />
          {tickets.pageInfo.hasNextPage && (
            <button type="button" className="button button--ghost" disabled={more.loading} onClick={() => void loadMore()}>
              {more.loading ? 'Loading…' : 'Show more'}
            </button>
          )}
        </section>
        <div className="company-side">
          <section className="company-card" aria-labelledby="company-contacts-title">
            <h2 id="company-contacts-title" className="company-card-title">
              Contacts ({company.contacts.length})
            </h2>
            <ul className="company-contacts" data-testid="company-contacts">
              {company.contacts.map((contact) => (
                <li key={contact.id}>
                  {personName(contact)} <span className="muted">{contact.email}</span>
                  {contact.isCompanyManager && <span className="company-manager-badge">Manager</span>}
                  {admin && !isAnonymized(contact.email) && <AnonymizeContactButton contact={contact} refetch={['Company']} />}
                </li>
              ))}
            </ul>
          </section>
          {admin && (
            <section className="company-card" aria-labelledby="company-edit-title">
              <h2 id="company-edit-title" className="company-card-title">
                Settings
              </h2>
              <CompanyForm
                key={`${company.name}|${company.sharingMode}|${company.domains.join(',')}`}
                initial={company}
                submitLabel="Save"
                onSubmit={(input) => update({ variables: { id: company.id, input } })}
              />
              <FormAlert message={removeError ? toFormErrors(apiErrorsOf(removeError), []).form : null} />
              <button
                type="button"
                className="button button--ghost company-delete"
                onClick={() => {
                  if (!window.confirm(`Delete ${company.name}? Its contacts and requests stay, in no company.`)) return;
                  void remove({ variables: { id: company.id } }).then(() => navigate('/companies'));
                }}
              >
                Delete company
              </button>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
