import { GraphQLJSON } from 'graphql-scalars';
import { Authorized, createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { TICKET_COUNT_LIMIT as COUNT_LIMIT } from '@actionconnect/shared';

/** Where a ticket stands; values are the stored strings. */
export enum TicketStatusEnum {
  NEW = 'new',
  OPEN = 'open',
  PENDING = 'pending',
  SOLVED = 'solved',
  CLOSED = 'closed',
}
registerEnumType(TicketStatusEnum, {
  name: 'TicketStatus',
  description: 'NEW until an agent works it; PENDING waits on the requester; SOLVED reopens on a reply; CLOSED is read-only.',
});

/** How urgent agents consider a ticket. */
export enum TicketPriorityEnum {
  LOW = 'low',
  NORMAL = 'normal',
  HIGH = 'high',
  URGENT = 'urgent',
}
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });

/** A public reply is shown in the portal and emailed; an internal note never leaves the agent app. */
export enum TicketMessageKindEnum {
  PUBLIC_REPLY = 'public_reply',
  INTERNAL_NOTE = 'internal_note',
}
registerEnumType(TicketMessageKindEnum, { name: 'TicketMessageKind' });

/** What happened to a ticket. Unknown stored types read as OTHER. */
export enum TicketEventTypeEnum {
  CREATED = 'created',
  STATUS_CHANGED = 'status_changed',
  PRIORITY_CHANGED = 'priority_changed',
  ASSIGNEE_CHANGED = 'assignee_changed',
  FIELD_CHANGED = 'field_changed',
  CC_ADDED = 'cc_added',
  CC_REMOVED = 'cc_removed',
  SATISFACTION_RATED = 'satisfaction_rated',
  /** An admin anonymized the requester (GDPR Article 17); agents only. */
  REQUESTER_ANONYMIZED = 'requester_anonymized',
  /** A service-level target's due time passed (agents only): `details.target`, `details.dueAt`. */
  SLA_BREACHED = 'sla_breached',
  TAG_ADDED = 'tag_added',
  TAG_REMOVED = 'tag_removed',
  MERGED_FROM = 'merged_from',
  MERGED_INTO = 'merged_into',
  OTHER = 'other',
}
registerEnumType(TicketEventTypeEnum, { name: 'TicketEventType' });

/** Whether a person on a ticket is one of the organization's agents or a contact. */
export enum PersonKind {
  AGENT = 'agent',
  CONTACT = 'contact',
}
registerEnumType(PersonKind, { name: 'PersonKind' });

/** Someone on a ticket: its requester, an author, an actor. */
@ContactReadable()
@ObjectType({ description: 'A person on a ticket. Contacts see names only; email addresses are for agents.' })
export class TicketPerson {
  @Field(() => ID)
  id: string;

  @Field(() => PersonKind)
  kind: PersonKind;

  @Field(() => String, { nullable: true })
  name: string | null;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => String, { nullable: true, description: 'Agents only.' })
  email: string | null;
}

/** The form and exact version a request was submitted with. */
@ContactReadable()
@ObjectType()
export class TicketFormInfo {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  version: number;
}

/** One answer of the submitted form, labelled as the requester saw it. */
@ContactReadable()
@ObjectType({ description: "An answer to a question the requester saw, labelled by the ticket's own form version." })
export class TicketAnswer {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field({ description: 'The answer as a person reads it (option labels, Yes/No).' })
  value: string;
}

/** A reply or note on a ticket's timeline. */
@ContactReadable()
@ObjectType('TicketMessage', { description: 'A public reply, or (agents only) an internal note.' })
export class TicketMessageItem {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => TicketMessageKindEnum)
  kind: TicketMessageKindEnum;

  @Field({ description: 'True for an internal note, which contacts never receive.' })
  internal: boolean;

  @Field()
  body: string;

  @Field({ description: 'True when the message arrived by email (a reply, or the request itself).' })
  viaEmail: boolean;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => String, {
    nullable: true,
    description:
      'Agents only: set when email on this ticket came from an address that is not the requester (an internal note with no author). Treat it as unverified.',
  })
  unverifiedSenderEmail: string | null;

  authorAgentId: string | null;
  authorContactId: string | null;
}

/** A change in a ticket's history. */
@ContactReadable()
@ObjectType('TicketEvent', { description: 'A change in a ticket. Contacts receive creation and status changes only.' })
export class TicketEventItem {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => TicketEventTypeEnum)
  type: TicketEventTypeEnum;

  @Field(() => TicketStatusEnum, { nullable: true, description: 'For STATUS_CHANGED: the status before.' })
  fromStatus: TicketStatusEnum | null;

  @Field(() => TicketStatusEnum, { nullable: true, description: 'For STATUS_CHANGED: the status after.' })
  toStatus: TicketStatusEnum | null;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => GraphQLJSON, { nullable: true, description: 'Before and after values as stored (`from`, `to`, `key`). Agents only.' })
  details: Record<string, unknown> | null;

  actorAgentId: string | null;
  actorContactId: string | null;
}

/** A ticket's timeline mixes messages and events in time order. */
export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'A message or an event, oldest first.',
  types: () => [TicketMessageItem, TicketEventItem] as const,
});

/** A contact's request, worked by agents. Agent-only fields carry @AgentOnly() and @Authorized(Role.Agent) on the resolver. */
@ContactReadable()
@ObjectType('Ticket', { description: 'A request: its requester sees it in the portal, agents work it in the agent app.' })
export class TicketNode {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Sequential per organization, shown as #1042.' })
  number: number;

  @Field()
  subject: string;

  @Field(() => TicketStatusEnum)
  status: TicketStatusEnum;

  @Field(() => TicketPriorityEnum)
  priority: TicketPriorityEnum;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  solvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => Date, {
    nullable: true,
    description: 'The soonest service-level due time (null: nothing due, or the clock is paused). Agents only.',
  })
  dueAt: Date | null;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => Date, { nullable: true, description: 'When the first public reply is due. Agents only.' })
  firstResponseDueAt: Date | null;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => Date, { nullable: true, description: "When the reply to the requester's waiting message is due. Agents only." })
  nextResponseDueAt: Date | null;

  @AgentOnly()
  @Authorized(Role.Agent)
  @Field(() => Date, { nullable: true, description: 'When solving is due. Agents only.' })
  resolutionDueAt: Date | null;
}

/** Relay-style page information. */
@ContactReadable()
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor: string | null;
}

/** One ticket in a page, with the cursor that points just after it. */
@ContactReadable()
@ObjectType()
export class TicketEdge {
  @Field()
  cursor: string;

  @Field(() => TicketNode)
  node: TicketNode;
}

/** A page of tickets. */
@ContactReadable()
@ObjectType()
export class TicketConnection {
  @Field(() => [TicketEdge])
  edges: TicketEdge[];

  @Field(() => [TicketNode])
  nodes: TicketNode[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, {
    description: `Tickets matching the view and filters, across all pages, counted up to ${COUNT_LIMIT} (see totalCountCapped).`,
  })
  totalCount: number;

  @Field({ description: `True when more than ${COUNT_LIMIT} tickets match: show totalCount as "${COUNT_LIMIT}+".` })
  totalCountCapped: boolean;
}

/** How many tickets each queue view holds. */
@AgentOnly()
@ObjectType()
export class TicketQueueCounts {
  @Field(() => Int, {
    description: 'Counting stops past this: a view field greater than countLimit means "more than countLimit" (shown as "1,000+").',
  })
  countLimit: number;

  @Field(() => Int)
  unassigned: number;

  @Field(() => Int)
  mine: number;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  solved: number;

  @Field(() => Int)
  all: number;

  @Field(() => Int, { description: 'Tickets with a service-level due time passed.' })
  overdue: number;
}
