import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

/** A contact's answers to one published version of an intake form. */
@InputType()
export class SubmitRequestInput {
  @Field(() => ID, { description: '`IntakeForm.versionId` of the form as the contact was shown it.' })
  formVersionId: string;

  @Field(() => GraphQLJSON, { description: 'Answers keyed by field key.' })
  answers: unknown;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description:
      "Files the contact uploaded (POST /attachments), attached to the request's first message with the form's file answers (at most 10 in all).",
  })
  attachmentIds?: string[] | null;
}
