import type { PortalTicketDetailFragment } from '../../gql/graphql';
import { Icon } from '../../ui/Icon';
import { formatDateTime, formatRelativeTime } from '@actionconnect/shared';
import { useSession } from '../session/session-context';
import { statusLabel } from './ticket-status.util';

type TimelineItem = PortalTicketDetailFragment['timeline'][number];

/** The conversation of a request, oldest first: replies as messages, status changes as quiet lines. */
export function RequestTimeline({ items }: { items: TimelineItem[] }) {
  const session = useSession();
  const me = session.status === 'contact' ? session.contact.id : null;
  const myName = session.status === 'contact' ? session.contact.name || session.contact.email : null;
  const now = new Date();
  return (
    <ol className="timeline" aria-label="Conversation" data-testid="request-timeline">
      {items.map((item) => {
        if (item.__typename === 'TicketMessage') {
          const mine = item.author?.kind === 'CONTACT' && item.author.id === me;
          const fromTeam = item.author?.kind === 'AGENT';
          return (
            <li key={`m-${item.id}`} className={fromTeam ? 'message message--team' : 'message'} data-testid="timeline-message">
              <span className="message-avatar" aria-hidden="true">
                {initial(mine ? myName : item.author?.name)}
              </span>
              <article className="message-card">
                <header className="message-header">
                  <span className="message-author">{mine ? 'You' : (item.author?.name ?? (fromTeam ? 'Support team' : 'Someone'))}</span>
                  {fromTeam && <span className="message-tag">Support</span>}
                  <time className="message-time" dateTime={String(item.createdAt)} title={formatDateTime(item.createdAt)}>
                    {formatRelativeTime(item.createdAt, now)}
                  </time>
                </header>
                <div className="message-body">{item.body}</div>
              </article>
            </li>
          );
        }
        if (item.__typename === 'TicketEvent') {
          return (
            <li key={`e-${item.id}`} className="timeline-event">
              <span className="timeline-event-icon" aria-hidden="true">
                <Icon name={item.type === 'CREATED' ? 'send' : item.toStatus === 'SOLVED' ? 'check' : 'refresh'} width={14} height={14} />
              </span>
              <p>
                {eventText(item, me)} · <time dateTime={String(item.createdAt)}>{formatDateTime(item.createdAt)}</time>
              </p>
            </li>
          );
        }
        return null;
      })}
    </ol>
  );
}

function eventText(event: Extract<TimelineItem, { __typename: 'TicketEvent' }>, me: string | null): string {
  const who = event.actor ? (event.actor.id === me ? 'you' : (event.actor.name ?? 'the support team')) : null;
  if (event.type === 'CREATED') return who === 'you' ? 'You submitted this request' : 'Request submitted';
  if (event.type === 'STATUS_CHANGED' && event.toStatus) {
    const change = `Status changed to ${statusLabel(event.toStatus)}`;
    return who ? `${change} by ${who}` : change;
  }
  return 'Request updated';
}

function initial(name: string | null | undefined): string {
  const text = name?.trim();
  return text ? text[0].toUpperCase() : '?';
}
