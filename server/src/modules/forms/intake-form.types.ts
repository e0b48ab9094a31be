import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ContactReadable } from '../../auth/visibility';

/** An active intake form at its current published version, as the portal renders it. */
@ContactReadable()
@ObjectType('IntakeForm', { description: 'A form contacts fill in to submit a request, at its current published version.' })
export class IntakeFormNode {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => ID, { description: 'Send this back with the answers in `submitRequest`: answers are judged against this exact version.' })
  versionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLJSON, { description: 'A FormDefinition of @actionconnect/shared: sections, fields and branching conditions.' })
  definition: unknown;
}
