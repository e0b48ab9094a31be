import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';
import { TicketPriorityEnum } from '../tickets/ticket.types';

/** One opening of a weekday. */
@AgentOnly()
@ObjectType()
export class OpeningIntervalNode {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  weekday: number;

  @Field({ description: 'Local time "HH:MM".' })
  opens: string;

  @Field({ description: 'Local time "HH:MM"; "24:00" is midnight at the end of the day.' })
  closes: string;
}

/** A closed day. */
@AgentOnly()
@ObjectType()
export class HolidayNode {
  @Field({ description: '"YYYY-MM-DD".' })
  date: string;

  @Field({ description: 'Closed on this month and day every year.' })
  yearly: boolean;

  @Field(() => String, { nullable: true })
  name: string | null;
}

/** The organization's business hours. */
@AgentOnly()
@ObjectType()
export class BusinessHoursNode {
  @Field({ description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => [OpeningIntervalNode])
  hours: OpeningIntervalNode[];

  @Field(() => [HolidayNode])
  holidays: HolidayNode[];

  @Field({ description: 'False until an admin saves business hours: business-hour targets then never fall due.' })
  configured: boolean;
}

/** Targets for tickets of one priority (and optionally one form). */
@AgentOnly()
@ObjectType('ServiceLevelPolicy')
export class ServiceLevelPolicyNode {
  @Field(() => ID)
  id: string;

  @Field(() => TicketPriorityEnum)
  priority: TicketPriorityEnum;

  @Field(() => ID, { nullable: true, description: 'Null: tickets of every form (and email requests).' })
  formId: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes to the first public agent reply.' })
  firstResponseMinutes: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes from a requester's reply to the next public agent reply." })
  nextResponseMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes to solving, time pending left out.' })
  resolutionMinutes: number | null;

  @Field({ description: 'Targets count business hours (true) or calendar hours.' })
  businessHours: boolean;
}

/** Business hours and policies, for the settings page. Admins only. */
@AgentOnly()
@ObjectType()
export class ServiceLevelSettings {
  @Field(() => BusinessHoursNode)
  businessHours: BusinessHoursNode;

  @Field(() => [ServiceLevelPolicyNode])
  policies: ServiceLevelPolicyNode[];
}

@InputType()
export class OpeningIntervalInput {
  @Field(() => Int)
  weekday: number;

  @Field()
  opens: string;

  @Field()
  closes: string;
}

@InputType()
export class HolidayInput {
  @Field()
  date: string;

  @Field({ defaultValue: false })
  yearly: boolean;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
export class BusinessHoursInput {
  @Field()
  timeZone: string;

  @Field(() => [OpeningIntervalInput])
  hours: OpeningIntervalInput[];

  @Field(() => [HolidayInput], { defaultValue: [] })
  holidays: HolidayInput[];
}

@InputType()
export class ServiceLevelPolicyInput {
  @Field(() => TicketPriorityEnum)
  priority: TicketPriorityEnum;

  @Field(() => ID, { nullable: true })
  formId?: string | null;

  @Field(() => Int, { nullable: true })
  firstResponseMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  nextResponseMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  resolutionMinutes?: number | null;

  @Field({ defaultValue: true })
  businessHours: boolean;
}

/** One week and priority of the service-level report. Admins only. */
@AgentOnly()
@ObjectType()
export class ServiceLevelReportRowNode {
  @Field({ description: 'The Monday the week starts, "YYYY-MM-DD", in the organization\'s time zone.' })
  week: string;

  @Field(() => TicketPriorityEnum)
  priority: TicketPriorityEnum;

  @Field(() => Int, { description: 'Tickets created that week with this priority.' })
  tickets: number;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) that met the first-response target; null without one.' })
  firstResponseMet: number | null;

  @Field(() => Float, { nullable: true })
  nextResponseMet: number | null;

  @Field(() => Float, { nullable: true })
  resolutionMet: number | null;
}
