import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';

/** Why an agent is notified; values are the stored strings. */
export enum NotificationKindEnum {
  ASSIGNED = 'assigned',
  REPLY = 'reply',
  MENTION = 'mention',
}
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'ASSIGNED: someone assigned you a ticket; REPLY: the requester or a CC replied on your ticket; MENTION: a note names you.',
});

/** One entry under the bell. */
@AgentOnly()
@ObjectType('Notification', { description: "Something on a ticket for the signed-in agent: theirs only, never another agent's." })
export class NotificationNode {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKindEnum;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the agent read it; null while unread.' })
  readAt: Date | null;

  @Field(() => Int)
  ticketNumber: number;

  @Field()
  ticketSubject: string;

  @Field(() => String, { nullable: true, description: 'Who did it: an agent or contact name (or email), null if they are gone.' })
  actorName: string | null;
}

/** The agent's own notification choices. */
@AgentOnly()
@ObjectType({ description: "The signed-in agent's own notification settings." })
export class NotificationSettings {
  @Field({ description: 'Also email me when a colleague mentions me in an internal note. Off unless turned on.' })
  mentionEmails: boolean;
}
