import { Field, ID, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';
import { CompanyContactNode } from '../companies/company.types';
import { TicketNode } from '../tickets/ticket.types';

/** A company as the search box lists it. */
@AgentOnly()
@ObjectType()
export class SearchCompany {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

/** What the agent app's search box finds, each list best match first. */
@AgentOnly()
@ObjectType()
export class AgentSearchResult {
  @Field(() => [TicketNode])
  tickets: unknown[];

  @Field(() => [CompanyContactNode])
  contacts: unknown[];

  @Field(() => [SearchCompany])
  companies: unknown[];
}
