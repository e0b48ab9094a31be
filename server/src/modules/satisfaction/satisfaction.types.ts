import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** Good or bad: the answer to "How did we do?"; values are the stored strings. */
export enum SatisfactionRatingEnum {
  GOOD = 'good',
  BAD = 'bad',
}
registerEnumType(SatisfactionRatingEnum, { name: 'SatisfactionRating' });

/** Whether a survey can be answered now, and if not, why. */
export enum SatisfactionStateEnum {
  OPEN = 'open',
  NOT_SOLVED = 'not-solved',
  EXPIRED = 'expired',
  SUPERSEDED = 'superseded',
}
registerEnumType(SatisfactionStateEnum, {
  name: 'SatisfactionState',
  description:
    'OPEN: can be answered or changed now. NOT_SOLVED: the request was reopened. EXPIRED: the window after the solve has passed.',
});

/** The "How did we do?" of a ticket's latest solve. */
@ContactReadable()
@ObjectType('Satisfaction', {
  description:
    "The requester's answer for the ticket's latest solve. Contacts read it on their own requests only (null for a CC or colleague).",
})
export class SatisfactionNode {
  @Field(() => ID)
  id: string;

  @Field(() => SatisfactionRatingEnum, { nullable: true, description: 'Null until the requester answers.' })
  rating: SatisfactionRatingEnum | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true })
  ratedAt: Date | null;

  @Field()
  solvedAt: Date;

  @Field({ description: 'Until when the answer can be given or changed.' })
  changeableUntil: Date;

  @Field(() => SatisfactionStateEnum)
  state: SatisfactionStateEnum;
}

/** Good and bad answers of one group. */
@AgentOnly()
@ObjectType('SatisfactionGroup')
export class SatisfactionGroupNode {
  @Field(() => Int)
  good: number;

  @Field(() => Int)
  bad: number;

  @Field(() => ID, { nullable: true, description: 'The agent or form; null for unassigned tickets or requests without a form.' })
  id: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;
}

/** Good and bad answers of one week. */
@AgentOnly()
@ObjectType('SatisfactionWeek')
export class SatisfactionWeekNode {
  @Field(() => Int)
  good: number;

  @Field(() => Int)
  bad: number;

  @Field({ description: 'Monday 00:00 UTC.' })
  weekStart: Date;
}

/** Satisfaction over recent weeks, counted by when the answer was given. */
@AgentOnly()
@ObjectType()
export class SatisfactionReport {
  @Field(() => Int)
  good: number;

  @Field(() => Int)
  bad: number;

  @Field({ description: 'Start of the first week counted (Monday 00:00 UTC).' })
  since: Date;

  @Field(() => [SatisfactionGroupNode], { description: 'By the agent assigned when the ticket was solved.' })
  byAgent: SatisfactionGroupNode[];

  @Field(() => [SatisfactionGroupNode], { description: 'By the form the request came through.' })
  byForm: SatisfactionGroupNode[];

  @Field(() => [SatisfactionWeekNode], { description: 'Weeks with answers, oldest first.' })
  byWeek: SatisfactionWeekNode[];
}
