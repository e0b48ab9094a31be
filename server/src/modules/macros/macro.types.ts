import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';
import { TicketPriorityEnum, TicketStatusEnum } from '../tickets/ticket.types';

/** A custom field a macro sets. */
@AgentOnly()
@ObjectType('MacroFieldValue')
export class MacroFieldValueNode {
  @Field()
  key: string;

  @Field(() => GraphQLJSON, { nullable: true })
  value: unknown;
}

/** What a macro changes when applied; absent fields change nothing. */
@AgentOnly()
@ObjectType('MacroActions')
export class MacroActionsNode {
  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatusEnum | null;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriorityEnum | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => [String])
  addTags: string[];

  @Field(() => [String])
  removeTags: string[];

  @Field(() => [MacroFieldValueNode])
  customFields: MacroFieldValueNode[];
}

/** A canned reply: shared with the team, or one agent's own. */
@AgentOnly()
@ObjectType('Macro')
export class MacroNode {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The reply with placeholders such as {{requester.first_name}} (see renderedMacro).' })
  body: string;

  @Field({ description: 'Shared with every agent (admins manage it); false: the viewer’s own.' })
  shared: boolean;

  @Field(() => MacroActionsNode)
  actions: MacroActionsNode;
}

/** A custom field for a macro to set. */
@InputType()
export class MacroFieldValueInput {
  @Field()
  key: string;

  @Field(() => GraphQLJSON, { nullable: true })
  value?: unknown;
}

/** What a macro changes when applied. */
@InputType()
export class MacroActionsInput {
  @Field(() => TicketStatusEnum, { nullable: true })
  status?: TicketStatusEnum | null;

  @Field(() => TicketPriorityEnum, { nullable: true })
  priority?: TicketPriorityEnum | null;

  @Field(() => ID, { nullable: true, description: 'Assigns the ticket to this agent.' })
  assigneeId?: string | null;

  @Field(() => [String], { nullable: true })
  addTags?: string[] | null;

  @Field(() => [String], { nullable: true })
  removeTags?: string[] | null;

  @Field(() => [MacroFieldValueInput], { nullable: true })
  customFields?: MacroFieldValueInput[] | null;
}

/** A canned reply to save. */
@InputType()
export class MacroInput {
  @Field()
  name: string;

  @Field({ description: 'Unknown placeholders are refused by name.' })
  body: string;

  @Field({ defaultValue: false, description: 'Share with every agent (admins only).' })
  shared: boolean;

  @Field(() => MacroActionsInput, { nullable: true })
  actions?: MacroActionsInput | null;
}
