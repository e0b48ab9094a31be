import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { TicketPriorityEnum, TicketStatusEnum } from '../ticket.types';

/** A custom field to set; a null value clears it. */
@InputType()
export class CustomFieldValueInput {
  @Field()
  key: string;

  @Field(() => GraphQLJSON, { nullable: true })
  value?: unknown;
}

/** What an agent changes on a ticket; omitted fields stay as they are. */
@InputType()
export class UpdateTicketInput {
  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatusEnum | null;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriorityEnum | null;

  @Field(() => ID, { nullable: true, description: 'An agent of the organization; null unassigns.' })
  assigneeId?: string | null;

  @Field(() => [CustomFieldValueInput], { nullable: true })
  customFields?: CustomFieldValueInput[] | null;
}
