import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** When a visitor gives and confirms their email on the request form. */
export enum RequestSignInMode {
  AT_SUBMIT = 'at_submit',
  FIRST = 'first',
}

registerEnumType(RequestSignInMode, {
  name: 'RequestSignInMode',
  description: 'When the request form asks a visitor for their email.',
  valuesConfig: {
    AT_SUBMIT: { description: 'Anyone fills the form first, then confirms their email (code or link) on sending it.' },
    FIRST: { description: 'Only signed-in contacts see the form.' },
  },
});

/** The organization's request-form settings, for admins. */
@AgentOnly()
@ObjectType('IntakeFormSettings')
export class IntakeFormSettingsNode {
  @Field(() => RequestSignInMode)
  requestSignIn: RequestSignInMode;
}

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
