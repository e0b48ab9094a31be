import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatRelativeTime } from '@actionconnect/shared';
import { Icon } from '@actionconnect/ui';
import { graphql } from '../../gql';
import './notifications.css';

const bellQuery = graphql(`
  query NotificationBell {
    unreadNotificationCount
    notifications(first: 20) {
      id
      kind
      createdAt
      readAt
      ticketNumber
      ticketSubject
      actorName
    }
  }
`);

const markReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id)
  }
`);

const markAllReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

// Polled rather than pushed: a notification is never urgent to the second, and the count stays
// right across tabs without a subscription of its own.
const POLL_MS = 30_000;

const WHAT: Record<string, string> = {
  ASSIGNED: 'assigned you',
  REPLY: 'replied on your ticket',
  MENTION: 'mentioned you',
};

/** The bell in the top bar (issue 17.8): unread count, the latest notifications, mark read. */
export function NotificationBell() {
  const { data, refetch } = useQuery(bellQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(markReadMutation);
  const [markAll, { loading: markingAll }] = useMutation(markAllReadMutation);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const unread = data?.unreadNotificationCount ?? 0;

  useEffect(() => {
    if (!open) return;
    void refetch();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => root.current && !root.current.contains(event.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open, refetch]);

  async function read(id: string) {
    await markRead({ variables: { id } });
    setOpen(false);
    void refetch();
  }

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="icon-button bell-button"
        aria-expanded={open}
        aria-controls="bell-panel"
        data-testid="bell"
        onClick={() => setOpen(!open)}
      >
        <Icon name="bell" size={18} label={unread ? `Notifications, ${unread} unread` : 'Notifications'} />
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell-panel" id="bell-panel" role="region" aria-label="Notifications" data-testid="bell-panel">
          <div className="bell-panel-head">
            <h2 className="bell-title">Notifications</h2>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={!unread || markingAll}
              onClick={() => void markAll().then(() => refetch())}
            >
              Mark all read
            </button>
          </div>
          {data?.notifications.length ? (
            <ul className="bell-list">
              {data.notifications.map((n) => (
                <li key={n.id} className={n.readAt ? 'bell-item' : 'bell-item bell-item--unread'} data-testid="bell-item">
                  <Link to={`/tickets/t/${n.ticketNumber}`} onClick={() => void read(n.id)}>
                    <span className="bell-item-text">
                      <strong>{n.actorName ?? 'Someone'}</strong> {WHAT[n.kind] ?? 'updated a ticket'} on #{n.ticketNumber}
                    </span>
                    <span className="bell-item-subject">{n.ticketSubject}</span>
                    <span className="bell-item-time">{formatRelativeTime(n.createdAt)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="bell-empty">Nothing yet. Assignments, replies on your tickets and mentions show here.</p>
          )}
        </div>
      )}
    </div>
  );
}
