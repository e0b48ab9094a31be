import { useMemo } from 'react';
import { useAgentSession } from '../../app/agent-session';
import type { AgentTicketDetailFragment } from '../../gql/graphql';
import { Icon } from '../../ui/Icon';
import { formatDateTime, formatRelativeTime } from '@actionconnect/shared';
import { Avatar } from './TicketBadges';
import { describeEvent, type HistoryContext } from './ticket-labels.util';

type TimelineItem = AgentTicketDetailFragment['timeline'][number];

interface TicketTimelineProps {
  items: TimelineItem[];
  agents: readonly { id: string; name: string | null }[];
  fields: readonly { key: string; label: string; type: string; options: readonly { value: string; label: string }[] }[];
}

/**
 * The whole story of a ticket, oldest first: the requester's messages, public replies, internal
 * notes (set apart, never seen by the requester) and every change with who made it and when.
 */
export function TicketTimeline({ items, agents, fields }: TicketTimelineProps) {
  const { agent: me } = useAgentSession();
  const context = useMemo<HistoryContext>(() => {
    const names = new Map(agents.map((a) => [a.id, a.name ?? undefined]));
    const byKey = new Map(fields.map((f) => [f.key, f]));
    return { agentName: (id) => names.get(id), field: (key) => byKey.get(key) };
  }, [agents, fields]);
  const now = new Date();

  return (
    <ol className="ticket-timeline" aria-label="Conversation and history" data-testid="ticket-timeline">
      {items.map((item) => {
        if (item.__typename === 'TicketMessage') {
          const fromAgent = item.author?.kind === 'AGENT';
          const who = item.author
            ? item.author.id === me.id
              ? `${item.author.name ?? 'You'} (you)`
              : (item.author.name ?? 'Unknown')
            : 'System';
          const kind = item.internal ? 'note' : fromAgent ? 'reply' : 'customer';
          return (
            <li key={`m-${item.id}`} className={`entry entry--${kind}`} data-testid={item.internal ? 'timeline-note' : 'timeline-message'}>
              <Avatar name={item.author?.name} tone={fromAgent ? 'agent' : 'contact'} />
              <article className="entry-card">
                <header className="entry-header">
                  <span className="entry-author">{who}</span>
                  {item.internal ? (
                    <span className="entry-label entry-label--note">
                      <Icon name="lock" width={12} height={12} /> Internal note
                    </span>
                  ) : fromAgent ? (
                    <span className="entry-label entry-label--reply">Public reply</span>
                  ) : (
                    <span className="entry-label">Requester</span>
                  )}
                  <time className="entry-time" dateTime={String(item.createdAt)} title={formatDateTime(item.createdAt)}>
                    {formatRelativeTime(item.createdAt, now)}
                  </time>
                </header>
                <div className="entry-body">{item.body}</div>
              </article>
            </li>
          );
        }
        if (item.__typename === 'TicketEvent') {
          const actor = item.actor ? (item.actor.id === me.id ? 'You' : (item.actor.name ?? 'Someone')) : 'The system';
          return (
            <li key={`e-${item.id}`} className="entry entry--event" data-testid="timeline-event">
              <span className="event-dot" aria-hidden="true">
                <Icon name={eventIcon(item.type)} width={12} height={12} />
              </span>
              <p className="event-text">
                <strong>{actor}</strong> {describeEvent(item, context)}
                <span className="event-time">
                  {' · '}
                  <time dateTime={String(item.createdAt)}>{formatDateTime(item.createdAt)}</time>
                </span>
              </p>
            </li>
          );
        }
        return null;
      })}
    </ol>
  );
}

function eventIcon(type: string) {
  switch (type) {
    case 'CREATED':
      return 'send' as const;
    case 'ASSIGNEE_CHANGED':
      return 'user' as const;
    case 'PRIORITY_CHANGED':
      return 'flag' as const;
    case 'FIELD_CHANGED':
      return 'sliders' as const;
    default:
      return 'refresh' as const;
  }
}
