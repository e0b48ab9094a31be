import { useQuery } from '@apollo/client/react';
import { formatRelativeTime, personName } from '@actionconnect/shared';
import { FormAlert, isNotFound, Spinner } from '@actionconnect/ui';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { StatusPill, ticketPath } from '../tickets';
import './search.css';

const contactPageQuery = graphql(`
  query ContactPage($id: ID!) {
    agentContact(id: $id) {
      id
      name
      email
      isCompanyManager
      companyId
    }
    companies {
      id
      name
    }
    ticketQueue(view: ALL, filter: { requesterId: $id }, first: 25) {
      totalCount
      totalCountCapped
      nodes {
        id
        number
        subject
        status
        updatedAt
      }
    }
  }
`);

/** /contacts/:id — a contact's profile, company and requests (reached from the search and the ticket page). */
export function ContactPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(contactPageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const contact = data?.agentContact;
  usePageTitle(contact ? personName(contact) : 'Contact');
  if (!contact) {
    if (loading) return <Spinner label="Loading the contact…" />;
    return (
      <div className="page">
        <h1 className="page-title">{error && isNotFound(error) ? 'Contact not found' : 'Couldn’t load the contact'}</h1>
        <FormAlert message={error && !isNotFound(error) ? 'The server did not answer. Check your connection.' : null} />
      </div>
    );
  }
  const company = data.companies.find((c) => c.id === contact.companyId);
  const tickets = data.ticketQueue;
  const now = new Date();
  return (
    <div className="page" data-testid="contact-page">
      <header className="page-header">
        <p className="page-eyebrow">Contact</p>
        <h1 className="page-title" data-testid="contact-name">
          {personName(contact)}
        </h1>
        <p className="page-intro">
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
          {' · '}
          {company ? (
            <>
              <Link to={`/companies/${company.id}`}>{company.name}</Link>
              {contact.isCompanyManager ? ' (manager)' : ''}
            </>
          ) : (
            'No company'
          )}
        </p>
      </header>
      <section className="side-card" aria-labelledby="contact-tickets-title">
        <h2 className="side-card-title" id="contact-tickets-title">
          Requests ({tickets.totalCountCapped ? `${tickets.totalCount}+` : tickets.totalCount})
        </h2>
        {tickets.nodes.length === 0 ? (
          <p className="muted">No requests from this contact yet.</p>
        ) : (
          <ul className="other-tickets" data-testid="contact-tickets">
            {tickets.nodes.map((ticket) => (
              <li key={ticket.id}>
                <Link to={ticketPath(ticket.number)} className="other-ticket">
                  <span className="other-ticket-subject">
                    <span className="muted">#{ticket.number}</span> {ticket.subject}
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
        {tickets.totalCount > tickets.nodes.length && (
          <Link to={`/tickets/all?requester=${contact.id}`}>All requests from {personName(contact)}</Link>
        )}
      </section>
    </div>
  );
}
