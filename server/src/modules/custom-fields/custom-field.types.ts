import { MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** One choice of a single- or multiple-choice custom field. */
@AgentOnly()
@ObjectType()
export class CustomFieldOption {
  @Field()
  value: string;

  @Field()
  label: string;
}

/** A ticket field the organization defines; listed to agents only. */
@AgentOnly()
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

  @Field(() => Date, {
    nullable: true,
    description: 'When an admin archived the field; archived fields are hidden from tickets and mappings.',
  })
  archivedAt: Date | null;
}

/** A custom field's value on one ticket, as a viewer may see it. */
@ContactReadable()
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

/** One choice of a choice field, as an admin sends it. */
@InputType()
export class CustomFieldOptionInput {
  @Field()
  @MaxLength(200)
  value: string;

  @Field()
  @MaxLength(200)
  label: string;
}

/** A new custom ticket field. */
@InputType()
export class CreateCustomFieldInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Stable identifier (letters, digits, underscores; starts with a letter). Derived from the label when omitted. Cannot change later.',
  })
  @MaxLength(64)
  key?: string | null;

  @Field()
  @MaxLength(200)
  label: string;

  @Field({ description: 'short_text, long_text, email, number, date, single_choice, multiple_choice or checkbox. Cannot change later.' })
  type: string;

  @Field(() => [CustomFieldOptionInput], { defaultValue: [], description: 'Required for choice fields, refused for others.' })
  options: CustomFieldOptionInput[];

  @Field({ defaultValue: false })
  visibleToContact: boolean;
}

/** Changes to a custom field; omitted properties stay as they are. */
@InputType()
export class UpdateCustomFieldInput {
  @Field(() => String, { nullable: true })
  @MaxLength(200)
  label?: string | null;

  @Field(() => [CustomFieldOptionInput], { nullable: true, description: 'The full new list of options (choice fields only).' })
  options?: CustomFieldOptionInput[] | null;

  @Field(() => Boolean, { nullable: true })
  visibleToContact?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The place among live fields, 1 being first; the others shift to make room.' })
  position?: number | null;
}
