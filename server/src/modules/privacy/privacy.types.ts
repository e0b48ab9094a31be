import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** Where a deletion request stands. */
export enum DeletionRequestStatusEnum {
  OPEN = 'open',
  DONE = 'done',
}
registerEnumType(DeletionRequestStatusEnum, {
  name: 'DeletionRequestStatus',
  valuesConfig: {
    OPEN: { description: 'Waiting for an admin to anonymize the contact.' },
    DONE: { description: 'The contact was anonymized.' },
  },
});

/** The signed-in contact's request that their data be deleted, on the portal's "Your data" page. */
@ContactReadable()
@ObjectType()
export class MyDeletionRequest {
  @Field(() => ID)
  id: string;

  @Field(() => DeletionRequestStatusEnum)
  status: DeletionRequestStatusEnum;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

/** A contact as an admin sees them on a deletion request or after anonymizing them. */
@AgentOnly()
@ObjectType()
export class PrivacyContactNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  email: string;

  @Field(() => Date, { nullable: true, description: 'When an admin anonymized the contact; null while they are not.' })
  anonymizedAt: Date | null;
}

/** A contact's deletion request, for admins. */
@AgentOnly()
@ObjectType()
export class DeletionRequestNode {
  @Field(() => ID)
  id: string;

  @Field(() => DeletionRequestStatusEnum)
  status: DeletionRequestStatusEnum;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => PrivacyContactNode)
  contact: PrivacyContactNode;
}
