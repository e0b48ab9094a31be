import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/portal-context';
import { graphql } from '../../gql';
import { EmptyState, Icon, isNotFound, Spinner, ticketNumberFrom } from '@actionconnect/ui';
import { formatDate, formatDateTime, formatRelativeTime } from '@actionconnect/shared';
import { MergedRequest } from './MergedRequest';
import { ReplyBox } from './ReplyBox';
import { RequestCcs } from './RequestCcs';
import { RatingCard } from './RatingCard';
import { RequestTimeline } from './RequestTimeline';
import { SolveCard } from './SolveCard';
import { StatusBadge } from './StatusBadge';
import { useLiveRequest } from './useLiveRequest';
import { CLOSED_EXPLANATION, canReply } from './ticket-status.util';
import { localMoment } from '../home';
import './tickets.css';

// Shared by the page and every mutation on it, so a reply or a status change refreshes the whole
// page from the mutation's own answer. Notes never arrive: the API filters them for contacts.
graphql(`
  fragment PortalTicketDetail on Ticket {
    id
    number
    subject
    status
    createdAt
    updatedAt
    solvedAt
    closedAt
    expectedReplyBy
    raisedBy
    satisfaction {
      id
      rating
      comment
      ratedAt
      changeableUntil
      state
    }
    mergedInto {
      number
    }
    ccs {
      id
      name
      email
    }
    form {
      id
      name
    }
    answers {
      key
      label
      value
    }
    fieldValues {
      key
      label
      displayValue
    }
    timeline {
      __typename
      ... on TicketMessage {
        id
        createdAt
        body
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
        }
      }
      ... on TicketEvent {
        id
        createdAt
        type
        fromStatus
        toStatus
        actor {
          id
          kind
          name
        }
      }
    }
  }
`);

const portalTicketQuery = graphql(`
  query PortalTicket($number: Int!) {
    ticket(number: $number) {
      ...PortalTicketDetail
    }
  }
`);

/** /requests/:number — the page every email links to: one of the contact's requests and its conversation. */
export function RequestPage() {
  const { number: param } = useParams();
  const number = ticketNumberFrom(param);
  if (number === null) return <RequestNotFound />;
  return <RequestView key={number} number={number} />;
}

function RequestView({ number }: { number: number }) {
  const { data, error, refetch } = useQuery(portalTicketQuery, { variables: { number }, fetchPolicy: 'cache-and-network' });
  useLiveRequest(number);
  const ticket = data?.ticket;
  usePageTitle(ticket ? `#${ticket.number} ${ticket.subject}` : `Request #${number}`);

  if (!ticket) {
    if (error) {
      if (isNotFound(error)) return <RequestNotFound />;
      return (
        <div className="container section section--narrow">
          <EmptyState
            icon="alert"
            title="We couldn't load this request"
            action={
              <button type="button" className="button button--primary" onClick={() => void refetch()}>
                Try again
              </button>
            }
          >
            <p>Check your connection, then try again.</p>
          </EmptyState>
        </div>
      );
    }
    return (
      <div className="page-loading">
        <Spinner label="Loading your request…" />
      </div>
    );
  }

  if (ticket.mergedInto?.number) return <MergedRequest mergedInto={ticket.mergedInto} />;
  const writable = canReply(ticket.status);
  return (
    <>
      <div className="page-header">
        <div className="container ticket-header">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to="/requests">My requests</Link>
            <Icon name="chevronRight" width={14} height={14} />
            <span aria-current="page">#{ticket.number}</span>
          </nav>
          <div className="ticket-title-row">
            <h1 className="page-title ticket-title" data-testid="request-subject">
              {ticket.subject}
            </h1>
            <StatusBadge status={ticket.status} />
          </div>
          <p className="page-description">
            Request <strong data-testid="request-number">#{ticket.number}</strong> · submitted {formatDateTime(ticket.createdAt)}
            {ticket.form ? ` with “${ticket.form.name}”` : ''}
            {ticket.expectedReplyBy ? (
              <>
                {' '}
                · <strong data-testid="request-expected-reply">Expected reply by {localMoment(ticket.expectedReplyBy)} (your time)</strong>
              </>
            ) : null}
            {ticket.raisedBy ? (
              <>
                {' '}
                · raised by <strong data-testid="request-raised-by">{ticket.raisedBy}</strong>
              </>
            ) : null}
          </p>
        </div>
      </div>

      <div className="container section ticket-layout">
        <div className="ticket-main">
          <RequestTimeline items={ticket.timeline} />
          {ticket.mergedInto ? (
            <MergedRequest mergedInto={ticket.mergedInto} />
          ) : writable ? (
            <ReplyBox number={ticket.number} status={ticket.status} />
          ) : (
            <div className="closed-note" data-testid="request-closed">
              <Icon name="lock" />
              <div>
                <p className="closed-note-title">This request is closed</p>
                <p>{CLOSED_EXPLANATION}</p>
                <Link to="/requests/new" className="button button--primary button--small closed-note-action">
                  Submit a new request
                </Link>
              </div>
            </div>
          )}
        </div>

        <aside className="ticket-aside" aria-label="Request details">
          <SolveCard number={ticket.number} status={ticket.status} isRequester={ticket.raisedBy === null} />
          <RatingCard key={ticket.satisfaction?.id ?? 'none'} number={ticket.number} satisfaction={ticket.satisfaction ?? null} />
          <FoldCard title="Details">
            <dl className="detail-list">
              <div>
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={ticket.status} />
                </dd>
              </div>
              <div>
                <dt>Request</dt>
                <dd>#{ticket.number}</dd>
              </div>
              <div>
                <dt>Submitted</dt>
                <dd title={formatDateTime(ticket.createdAt)}>{formatDate(ticket.createdAt)}</dd>
              </div>
              <div>
                <dt>Last activity</dt>
                <dd title={formatDateTime(ticket.updatedAt)}>{formatRelativeTime(ticket.updatedAt)}</dd>
              </div>
              {ticket.fieldValues.map((field) => (
                <div key={field.key}>
                  <dt>{field.label}</dt>
                  <dd>{field.displayValue || '—'}</dd>
                </div>
              ))}
            </dl>
          </FoldCard>
          <FoldCard title="People copied">
            <RequestCcs number={ticket.number} ccs={ticket.ccs} isRequester={ticket.raisedBy === null} />
          </FoldCard>
          {ticket.answers.length > 0 && (
            <FoldCard title={ticket.raisedBy === null ? 'Your answers' : 'Answers'}>
              <dl className="detail-list detail-list--stacked" data-testid="request-answers">
                {ticket.answers.map((answer) => (
                  <div key={answer.key}>
                    <dt>{answer.label}</dt>
                    <dd>{answer.value}</dd>
                  </div>
                ))}
              </dl>
            </FoldCard>
          )}
        </aside>
      </div>
    </>
  );
}

/** Below the conversation on a phone (where it starts folded) and beside it on wider screens (open). */
const NARROW = '(max-width: 900px)';

function FoldCard({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(() => !window.matchMedia(NARROW).matches);
  return (
    <details className="aside-card aside-fold" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2 className="aside-title">{title}</h2>
        <Icon name="chevronDown" width={16} height={16} className="icon aside-fold-icon" />
      </summary>
      {children}
    </details>
  );
}

function RequestNotFound() {
  usePageTitle('Request not found');
  return (
    <div className="container section section--narrow">
      <EmptyState
        icon="compass"
        title="We couldn't find this request"
        action={
          <Link to="/requests" className="button button--primary">
            Go to my requests
          </Link>
        }
      >
        <p>It may belong to another account. Check that you're signed in with the email address the request was sent from.</p>
      </EmptyState>
    </div>
  );
}
