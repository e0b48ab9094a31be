import { MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';

/** Longest form name (the column is varchar(120)). */
export const FORM_NAME_MAX = 120;
/** Longest form description shown above the form in the portal. */
export const FORM_DESCRIPTION_MAX = 1_000;

/** A form in the builder's list. */
@AgentOnly()
@ObjectType('AdminIntakeFormSummary', { description: 'An intake form as the form builder lists it. Admins only.' })
export class AdminIntakeFormSummary {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field({ description: 'Whether contacts can submit it (once published).' })
  isActive: boolean;

  @Field(() => Int, { description: 'Latest published version; 0 before the first publish.' })
  publishedVersion: number;

  @Field({ description: 'Whether the draft differs from the latest published version (always true before the first publish).' })
  hasUnpublishedChanges: boolean;

  @Field(() => Int, { description: 'Questions in the draft.' })
  draftFieldCount: number;

  @Field(() => Int, { description: 'Tickets submitted with any version of the form.' })
  ticketCount: number;

  @Field()
  updatedAt: Date;
}

/** One published, immutable version of a form. */
@AgentOnly()
@ObjectType('IntakeFormVersion', {
  description: 'A published version of an intake form; tickets keep the version they were submitted with.',
})
export class IntakeFormVersionNode {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  publishedAt: Date;

  @Field(() => String, { nullable: true, description: "The publishing admin's name, when known." })
  publishedBy: string | null;

  @Field(() => Int, { description: 'Tickets submitted with this version.' })
  ticketCount: number;

  @Field(() => GraphQLJSON, { description: 'The FormDefinition published.' })
  definition: unknown;

  @Field(() => GraphQLJSON, { description: '{ subject, description, customFields: { questionKey: customFieldKey } }.' })
  mappings: unknown;
}

/** A form in the builder: its draft and every published version. */
@AgentOnly()
@ObjectType('AdminIntakeForm', { description: 'An intake form with its draft and version history. Admins only.' })
export class AdminIntakeForm extends AdminIntakeFormSummary {
  @Field(() => GraphQLJSON, { description: 'The draft FormDefinition; publishing copies it into a new version.' })
  draftDefinition: unknown;

  @Field(() => GraphQLJSON, {
    description: "The draft's mappings: { subject, description, customFields: { questionKey: customFieldKey } }.",
  })
  draftMappings: unknown;

  @Field(() => [IntakeFormVersionNode], { description: 'Published versions, newest first.' })
  versions: IntakeFormVersionNode[];
}

/** What publishing did. */
@AgentOnly()
@ObjectType()
export class PublishIntakeFormResult {
  @Field({ description: 'False when the draft equalled the latest version, so nothing new was published.' })
  created: boolean;

  @Field(() => Int, { description: 'The version contacts now see.' })
  version: number;

  @Field(() => AdminIntakeForm)
  form: AdminIntakeForm;
}

/** A new, empty-ish form. */
@InputType()
export class CreateIntakeFormInput {
  @Field()
  @MaxLength(FORM_NAME_MAX)
  name: string;

  @Field({ defaultValue: '' })
  @MaxLength(FORM_DESCRIPTION_MAX)
  description: string;
}

/** The builder's whole draft, saved at once. */
@InputType()
export class UpdateIntakeFormDraftInput {
  @Field()
  @MaxLength(FORM_NAME_MAX)
  name: string;

  @Field()
  @MaxLength(FORM_DESCRIPTION_MAX)
  description: string;

  @Field(() => GraphQLJSON, { description: 'A FormDefinition; checked with validateFormDefinition of @actionconnect/shared.' })
  definition: unknown;

  @Field(() => GraphQLJSON, { description: '{ subject, description, customFields: { questionKey: customFieldKey } }.' })
  mappings: unknown;
}
