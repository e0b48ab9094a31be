import { Timeline, type IconName, type TimelineEntry } from '@actionconnect/ui';
import { personInitials, personName } from '@actionconnect/shared';
import { useMemo } from 'react';
import { useAgentSession } from '../../app/agent-session';
import type { AgentTicketDetailFragment } from '../../gql/graphql';
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

  const entries = items.flatMap((item): TimelineEntry[] => {
    if (item.__typename === 'TicketMessage') {
      const fromAgent = item.author?.kind === 'AGENT';
      const unverified = item.unverifiedSenderEmail;
      const author = unverified
        ? unverified
        : item.author
          ? item.author.id === me.id
            ? `${personName(item.author, 'You')} (you)`
            : personName(item.author, item.author.kind === 'AGENT' ? 'A former agent' : 'The requester')
          : 'System';
      // Mail from someone other than the requester: shown to agents only, and never as the requester's words.
      const tag = unverified
        ? 'Unverified sender · by email · not shown to the requester'
        : `${item.internal ? 'Internal note' : fromAgent ? 'Public reply' : 'Requester'}${item.viaEmail ? ' · by email' : ''}`;
      const { id, internal, body, createdAt, attachments } = item;
      return [
        {
          kind: 'message',
          id,
          author,
          initials: personInitials(unverified ?? item.author),
          from: fromAgent ? 'team' : 'requester',
          internal,
          tag,
          time: createdAt,
          body,
          attachments,
        },
      ];
    }
    if (item.__typename === 'TicketEvent') {
      const actor = item.actor
        ? item.actor.id === me.id
          ? 'You'
          : personName(item.actor, item.actor.kind === 'AGENT' ? 'A former agent' : 'The requester')
        : 'The system';
      return [{ kind: 'event', id: item.id, icon: eventIcon(item.type), actor, text: describeEvent(item, context), time: item.createdAt }];
    }
    return [];
  });

  return <Timeline entries={entries} label="Conversation and history" testId="ticket-timeline" />;
}

function eventIcon(type: string): IconName {
  switch (type) {
    case 'CREATED':
      return 'send';
    case 'ASSIGNEE_CHANGED':
      return 'user';
    case 'PRIORITY_CHANGED':
      return 'flag';
    case 'FIELD_CHANGED':
      return 'sliders';
    case 'CC_ADDED':
    case 'CC_REMOVED':
      return 'mail';
    case 'SATISFACTION_RATED':
      return 'checkCircle';
    case 'REQUESTER_ANONYMIZED':
      return 'user';
    case 'MERGED_FROM':
    case 'MERGED_INTO':
      return 'layers';
    default:
      return 'refresh';
  }
}
