import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** Who in a company sees its colleagues' requests. */
export enum SharingModeEnum {
  PRIVATE = 'private',
  MANAGERS = 'managers',
  EVERYONE_VIEW = 'everyone_view',
  EVERYONE_COMMENT = 'everyone_comment',
}
registerEnumType(SharingModeEnum, {
  name: 'SharingMode',
  description: "Who of a company's contacts sees its requests.",
  valuesConfig: {
    PRIVATE: { description: 'Each contact sees only their own requests (and those they are copied on).' },
    MANAGERS: { description: "The company's managers see all its requests." },
    EVERYONE_VIEW: { description: 'Everyone in the company sees all its requests.' },
    EVERYONE_COMMENT: { description: 'Everyone in the company sees all its requests and may reply to them.' },
  },
});

/** A customer company, for agents. */
@AgentOnly()
@ObjectType()
export class CompanyNode {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => SharingModeEnum)
  sharingMode: SharingModeEnum;

  @Field(() => [String], { description: 'Email domains (`coyote.test`): a new contact with an address there joins the company.' })
  domains: string[];

  @Field()
  createdAt: Date;
}

/** A contact of a company, for agents. */
@AgentOnly()
@ObjectType()
export class CompanyContactNode {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  email: string;

  @Field({ description: 'Sees all the company requests when its sharing mode is MANAGERS.' })
  isCompanyManager: boolean;

  @Field(() => ID, { nullable: true })
  companyId: string | null;
}

/** The signed-in contact's company, on the portal. */
@ContactReadable()
@ObjectType()
export class PortalCompany {
  @Field()
  name: string;

  @Field(() => SharingModeEnum)
  sharingMode: SharingModeEnum;

  @Field({ description: 'Whether "Requests from my company" shows them anything.' })
  seesCompanyRequests: boolean;
}

/** A contact copied on a request. */
@ContactReadable()
@ObjectType()
export class TicketCcNode {
  @Field(() => ID, { description: "The CC's contact id (pass it to remove them)." })
  id: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field({ description: 'Shown to whoever may read the request, as a CC line of an email is.' })
  email: string;
}

/** A company as an admin creates it. */
@InputType()
export class CreateCompanyInput {
  @Field()
  name: string;

  @Field(() => SharingModeEnum, { defaultValue: SharingModeEnum.PRIVATE })
  sharingMode: SharingModeEnum;

  @Field(() => [String], { defaultValue: [] })
  domains: string[];
}

/** Changes to a company; absent fields stay as they are, `domains` replaces the list. */
@InputType()
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => SharingModeEnum, { nullable: true })
  sharingMode?: SharingModeEnum | null;

  @Field(() => [String], { nullable: true })
  domains?: string[] | null;
}
