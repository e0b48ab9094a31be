import { Link } from 'react-router-dom';
import { Icon } from '@actionconnect/ui';
import { formatRelativeTime, personName } from '@actionconnect/shared';
import { useAgentSession } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { AnonymizeContactButton, isAnonymized } from '../privacy';
import { ticketPath } from './QueueTable';
import { Avatar, StatusPill } from './TicketBadges';
import { RequesterCompany, type RequesterCompanyProps } from './RequesterCompany';

interface RequesterPanelProps {
  requester: RequesterCompanyProps['requester'] & { name: string | null; email: string | null };
  otherTickets: readonly { id: string; number: number; subject: string; status: string; updatedAt: unknown }[];
}

/** Who asked, and what else they have asked recently. */
export function RequesterPanel({ requester, otherTickets }: RequesterPanelProps) {
  const now = new Date();
  const admin = isAdminRole(useAgentSession().agent.role);
  return (
    <section className="side-card" aria-labelledby="requester-title">
      <h2 className="side-card-title" id="requester-title">
        Requester
      </h2>
      <div className="requester-card">
        <Avatar name={personName(requester)} tone="contact" />
        <div className="requester-card-text">
          <Link className="requester-card-name" to={`/contacts/${requester.id}`} data-testid="requester-contact-link">
            {personName(requester)}
          </Link>
          {requester.email && (
            <a className="requester-card-email" href={`mailto:${requester.email}`}>
              {requester.email}
            </a>
          )}
        </div>
      </div>
      <RequesterCompany requester={requester} />
      {admin && requester.email && !isAnonymized(requester.email) && (
        <AnonymizeContactButton contact={{ ...requester, email: requester.email }} refetch={['AgentTicket']} />
      )}
      <h3 className="side-card-subtitle">Other tickets</h3>
      {otherTickets.length === 0 ? (
        <p className="muted side-card-empty">No other tickets from this requester.</p>
      ) : (
        <ul className="other-tickets" data-testid="requester-other-tickets">
          {otherTickets.map((ticket) => (
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
      <Link to={`/tickets/all?requester=${encodeURIComponent(requester.id)}`} className="side-card-link">
        All tickets from this requester <Icon name="external" width={13} height={13} />
      </Link>
    </section>
  );
}
