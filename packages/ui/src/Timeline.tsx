import { formatDateTime, formatRelativeTime } from '@actionconnect/shared';
import { AttachmentList, type AttachmentView } from './AttachmentList';
import { Icon, type IconName } from './Icon';
import './timeline.css';

/** A message in a timeline: the requester's, a reply from the team, or an internal note. */
export interface TimelineMessageEntry {
  kind: 'message';
  id: string;
  author: string;
  /** The letters shown in the author's avatar. */
  initials: string;
  from: 'requester' | 'team';
  /** An internal note: set apart (amber, dashed), and never shown to the requester. */
  internal?: boolean;
  /** A pill next to the author ("Support", "Public reply"). */
  tag?: string;
  /** When it was written: an ISO instant as the API sends it. */
  time: unknown;
  /** May be empty when the message is only files. */
  body: string;
  attachments?: readonly AttachmentView[];
}

/** A change in a timeline (created, status, assignee...), drawn as a quiet line. */
export interface TimelineEventEntry {
  kind: 'event';
  id: string;
  icon: IconName;
  /** Who made the change, in bold before the text ("You", "Ada"). */
  actor?: string;
  text: string;
  time: unknown;
}

/** One entry of a timeline. */
export type TimelineEntry = TimelineMessageEntry | TimelineEventEntry;

/** Props of a timeline: its entries oldest first, and the list's accessible name. */
export interface TimelineProps {
  entries: readonly TimelineEntry[];
  label: string;
  testId?: string;
  /** The moment relative times count from (now unless given). */
  now?: Date;
}

/** The story of a ticket, oldest first: messages as cards, changes as quiet lines between them. */
export function Timeline({ entries, label, testId, now = new Date() }: TimelineProps) {
  return (
    <ol className="timeline" aria-label={label} data-testid={testId}>
      {entries.map((entry) =>
        entry.kind === 'message' ? (
          <Message key={`m-${entry.id}`} entry={entry} now={now} />
        ) : (
          <Event key={`e-${entry.id}`} entry={entry} />
        ),
      )}
    </ol>
  );
}

function Message({ entry, now }: { entry: TimelineMessageEntry; now: Date }) {
  const tone = entry.internal ? 'note' : entry.from;
  return (
    <li className={`timeline-message timeline-message--${tone}`} data-testid={entry.internal ? 'timeline-note' : 'timeline-message'}>
      <span className="timeline-avatar" aria-hidden="true">
        {entry.initials}
      </span>
      <article className="timeline-card">
        <header className="timeline-card-header">
          <span className="timeline-author">{entry.author}</span>
          {entry.tag && (
            <span className="timeline-tag">
              {entry.internal && (
                <>
                  <Icon name="lock" size={12} />{' '}
                </>
              )}
              {entry.tag}
            </span>
          )}
          <time className="timeline-time" dateTime={String(entry.time)} title={formatDateTime(entry.time)}>
            {formatRelativeTime(entry.time, now)}
          </time>
        </header>
        {entry.body !== '' && <div className="timeline-body">{entry.body}</div>}
        {entry.attachments && <AttachmentList attachments={entry.attachments} />}
      </article>
    </li>
  );
}

function Event({ entry }: { entry: TimelineEventEntry }) {
  return (
    <li className="timeline-event" data-testid="timeline-event">
      <span className="timeline-event-icon" aria-hidden="true">
        <Icon name={entry.icon} size={13} />
      </span>
      <p className="timeline-event-text">
        {entry.actor && (
          <>
            <strong>{entry.actor}</strong>{' '}
          </>
        )}
        {entry.text}
        <span className="timeline-event-time">
          {' · '}
          <time dateTime={String(entry.time)}>{formatDateTime(entry.time)}</time>
        </span>
      </p>
    </li>
  );
}
