import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { Icon, isNotFound, Spinner, ticketNumberFrom } from '@actionconnect/ui';
import { PlaceholderPage } from '../../ui/PlaceholderPage';
import { formatDateTime, personName } from '@actionconnect/shared';
import { CustomFieldsPanel } from './CustomFieldsPanel';
import { RequesterPanel } from './RequesterPanel';
import { SatisfactionPanel } from './SatisfactionPanel';
import { TicketCcsPanel } from './TicketCcsPanel';
import { PriorityLabel, StatusPill } from './TicketBadges';
import { TicketComposer } from './TicketComposer';
import { TicketMergeAction } from './TicketMergeAction';
import { TicketProperties } from './TicketProperties';
import { TicketTimeline } from './TicketTimeline';
import { lastQueuePath } from './queue-memory';
import { useLiveTicket } from './useLiveTicket';
import { TicketPresence } from './TicketPresence';
import { TicketTagsPanel } from '../tags';
import './tickets.css';

// Everything the page shows that a change can alter; every mutation on the page answers with it,
// so the page refreshes from the mutation's own result.
graphql(`
  fragment AgentTicketDetail on Ticket {
    id
    number
    subject
    status
    priority
    createdAt
    updatedAt
    solvedAt
    closedAt
    tags {
      id
      name
    }
    mergedInto {
      number
    }
    requester {
      id
      name
      email
      isCompanyManager
      company {
        id
        name
      }
    }
    ccs {
      id
      name
      email
    }
    satisfaction {
      id
      rating
      comment
      ratedAt
      solvedAt
      changeableUntil
      state
    }
    assignee {
      id
      name
    }
    form {
      id
      name
      version
    }
    answers {
      key
      label
      value
    }
    fieldValues {
      key
      value
    }
    timeline {
      __typename
      ... on TicketMessage {
        id
        createdAt
        body
        internal
        viaEmail
        unverifiedSenderEmail
        attachments {
          id
          fileName
          contentType
          byteSize
          isImage
          url
        }
        author {
          id
          kind
          name
          email
        }
      }
      ... on TicketEvent {
        id
        createdAt
        type
        fromStatus
        toStatus
        details
        actor {
          id
          kind
          name
          email
        }
      }
    }
  }
`);

const agentTicketQuery = graphql(`
  query AgentTicket($number: Int!) {
    agentTicket(number: $number) {
      ...AgentTicketDetail
      requesterOtherTickets(first: 5) {
        id
        number
        subject
        status
        updatedAt
      }
    }
    agents {
      id
      name
      email
    }
    customFieldDefinitions {
      id
      key
      label
      type
      visibleToContact
      options {
        value
        label
      }
    }
  }
`);

/** /tickets/t/:number — one ticket: its conversation, a composer, and everything an agent can change. */
export function TicketPage() {
  const { number: param } = useParams();
  const number = ticketNumberFrom(param);
  if (number === null) return <TicketNotFound />;
  return <TicketView key={number} number={number} />;
}

function TicketView({ number }: { number: number }) {
  const { agent: me } = useAgentSession();
  const { data, error, refetch } = useQuery(agentTicketQuery, { variables: { number }, fetchPolicy: 'cache-and-network' });
  useLiveTicket(number);
  const ticket = data?.agentTicket;
  usePageTitle(ticket ? `#${ticket.number} ${ticket.subject}` : `Ticket #${number}`);

  if (!data || !ticket) {
    if (error) {
      if (isNotFound(error)) return <TicketNotFound />;
      return (
        <div className="page">
          <div className="panel empty-state">
            <h1 className="empty-state-title">Couldn't load ticket #{number}</h1>
            <p className="empty-state-text">The server did not answer. Check your connection.</p>
            <button type="button" className="button button--secondary" onClick={() => void refetch()}>
              Try again
            </button>
          </div>
        </div>
      );
    }
    return (
      <div className="splash splash--inline">
        <Spinner label="Loading the ticket…" />
      </div>
    );
  }

  const closed = ticket.status === 'CLOSED';
  return (
    <div className="ticket-page">
      <div className="ticket-page-main">
        <header className="ticket-page-header">
          <nav className="ticket-breadcrumb" aria-label="Breadcrumb">
            <Link to={lastQueuePath()}>
              <Icon name="arrowLeft" width={15} height={15} /> Tickets
            </Link>
            <span aria-hidden="true">/</span>
            <span aria-current="page">#{ticket.number}</span>
          </nav>
          <h1 className="ticket-page-title" data-testid="ticket-subject">
            {ticket.subject}
          </h1>
          <div className="ticket-page-meta">
            <span className="ticket-number">#{ticket.number}</span>
            <StatusPill status={ticket.status} />
            <PriorityLabel priority={ticket.priority} />
            <span className="muted">
              Opened {formatDateTime(ticket.createdAt)} by {personName(ticket.requester)}
              {ticket.form ? ` via ${ticket.form.name} (v${ticket.form.version})` : ''}
            </span>
          </div>
          <TicketPresence number={ticket.number} />
        </header>

        {ticket.answers.length > 0 && (
          <details className="answers-card" open>
            <summary>
              <span>Form answers</span>
              <Icon name="chevronDown" width={16} height={16} />
            </summary>
            <dl className="answers-list">
              {ticket.answers.map((answer) => (
                <div key={answer.key}>
                  <dt>{answer.label}</dt>
                  <dd>{answer.value}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}

        <TicketTimeline items={ticket.timeline} agents={data.agents} fields={data.customFieldDefinitions} />

        {closed ? (
          <div className="closed-banner">
            <Icon name="lock" size={18} />
            <p>This ticket is closed and read-only. If the requester writes again, they submit a new request.</p>
          </div>
        ) : (
          <TicketComposer
            number={ticket.number}
            requesterName={personName(ticket.requester, 'the requester')}
            macroContext={{ requester: ticket.requester, ticket: { number: ticket.number, subject: ticket.subject }, agent: me }}
          />
        )}
      </div>

      <aside className="ticket-page-aside" aria-label="Ticket properties">
        <TicketProperties ticket={ticket} agents={data.agents} />
        <SatisfactionPanel satisfaction={ticket.satisfaction} />
        <TicketTagsPanel number={ticket.number} tags={ticket.tags} readOnly={closed} />
        <CustomFieldsPanel number={ticket.number} readOnly={closed} definitions={data.customFieldDefinitions} values={ticket.fieldValues} />
        <RequesterPanel requester={ticket.requester} otherTickets={ticket.requesterOtherTickets} />
        <TicketCcsPanel number={ticket.number} ccs={ticket.ccs} />
        <TicketMergeAction number={ticket.number} closed={closed} mergedInto={ticket.mergedInto?.number} />
      </aside>
    </div>
  );
}

function TicketNotFound() {
  usePageTitle('Ticket not found');
  return (
    <PlaceholderPage eyebrow="Tickets" title="Ticket not found" icon="compass" comingTitle="No such ticket">
      <p>
        There is no ticket with this number in your workspace. Go back to <Link to={lastQueuePath()}>the tickets</Link>.
      </p>
    </PlaceholderPage>
  );
}
