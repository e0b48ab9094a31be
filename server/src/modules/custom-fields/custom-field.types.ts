import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One choice of a single- or multiple-choice custom field. */
@ObjectType()
export class CustomFieldOption {
  @Field()
  value: string;

  @Field()
  label: string;
}

/** A ticket field the organization defines; listed to agents only. */
@ObjectType('CustomFieldDefinition', { description: 'A ticket field the organization defines (product, order number, severity...).' })
export class CustomFieldDefinitionNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable identifier, used by form mappings and `updateTicket`.' })
  key: string;

  @Field()
  label: string;

  @Field({ description: 'short_text, long_text, email, number, date, single_choice, multiple_choice or checkbox.' })
  type: string;

  @Field(() => [CustomFieldOption])
  options: CustomFieldOption[];

  @Field({ description: 'Whether contacts see the value on their tickets in the portal.' })
  visibleToContact: boolean;

  @Field(() => Int)
  position: number;
}

/** A custom field's value on one ticket, as a viewer may see it. */
@ObjectType('TicketFieldValue', {
  description: "A custom field's value on a ticket. Contacts only ever receive fields visible to contacts.",
})
export class TicketFieldValueNode {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field()
  type: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The stored value: a string, number, boolean or list of option values.' })
  value: unknown;

  @Field({ description: 'The value as a person reads it (option labels, Yes/No).' })
  displayValue: string;
}
