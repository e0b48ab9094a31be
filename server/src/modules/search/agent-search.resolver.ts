import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import { requireAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { Contact } from '../contacts/contact.entity';
import { CompanyContactNode } from '../companies/company.types';
import type { AgentSearchResult as SearchResult } from './agent-search.service';
import { AgentSearchResult } from './agent-search.types';

/** The agent app's one search box, and the contact page it leads to. */
@AgentOnly()
@Resolver()
export class AgentSearchResolver {
  @Authorized(Role.Agent)
  @Query(() => AgentSearchResult, {
    description:
      'Tickets (number, subject, message text), contacts (name, email) and companies (name) of the organization, each best match first: exact, then prefix, then substring (three characters or more).',
  })
  agentSearch(
    @Ctx() ctx: GraphQLContext,
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<SearchResult> {
    return ctx.services.search.search.search(requireAgent(ctx), text, first);
  }

  @Authorized(Role.Agent)
  @Query(() => CompanyContactNode, { description: "One of the organization's contacts (the contact page)." })
  agentContact(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Contact> {
    return ctx.services.search.search.contact(requireAgent(ctx), id);
  }
}
