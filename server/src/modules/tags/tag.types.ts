import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';

/** A label on tickets, for agents. */
@AgentOnly()
@ObjectType()
export class TagNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Normalized: trimmed, lower case, single spaces.' })
  name: string;
}

/** A tag with how many tickets carry it (the tags settings page). */
@AgentOnly()
@ObjectType()
export class TagWithCountNode extends TagNode {
  @Field(() => Int)
  ticketCount: number;
}
