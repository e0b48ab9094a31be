import { Timeline, type TimelineEntry } from '@actionconnect/ui';
import type { PortalTicketDetailFragment } from '../../gql/graphql';
import { useSession } from '../session';
import { statusLabel } from './ticket-status.util';

type TimelineItem = PortalTicketDetailFragment['timeline'][number];

/** The conversation of a request, oldest first: replies as messages, status changes as quiet lines. */
export function RequestTimeline({ items }: { items: TimelineItem[] }) {
  const session = useSession();
  const me = session.status === 'contact' ? session.contact.id : null;
  const myName = session.status === 'contact' ? session.contact.name || session.contact.email : null;

  const entries = items.flatMap((item): TimelineEntry[] => {
    if (item.__typename === 'TicketMessage') {
      const mine = item.author?.kind === 'CONTACT' && item.author.id === me;
      const fromTeam = item.author?.kind === 'AGENT';
      const author = mine ? 'You' : (item.author?.name ?? (fromTeam ? 'Support team' : 'Someone'));
      const avatar = initial(mine ? myName : item.author?.name);
      const { id, body, createdAt, attachments } = item;
      return [
        {
          kind: 'message',
          id,
          author,
          initials: avatar,
          from: fromTeam ? 'team' : 'requester',
          tag: fromTeam ? 'Support' : undefined,
          time: createdAt,
          body,
          attachments,
        },
      ];
    }
    if (item.__typename === 'TicketEvent') {
      const icon = item.type === 'CREATED' ? 'send' : item.toStatus === 'SOLVED' ? 'check' : 'refresh';
      return [{ kind: 'event', id: item.id, icon, text: eventText(item, me), time: item.createdAt }];
    }
    return [];
  });

  return <Timeline entries={entries} label="Conversation" testId="request-timeline" />;
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
