import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { requireAgent } from '../../auth/viewer';
import { CustomFieldDefinitionNode } from './custom-field.types';

/** The organization's custom ticket fields, for the agent app. */
@AgentOnly()
@Resolver()
export class CustomFieldResolver {
  @Authorized(Role.Agent)
  @Query(() => [CustomFieldDefinitionNode], {
    description: "The organization's custom ticket fields, including agent-only ones. Agents only.",
  })
  async customFieldDefinitions(@Ctx() ctx: GraphQLContext): Promise<CustomFieldDefinitionNode[]> {
    const { organizationId } = requireAgent(ctx);
    return ctx.services.customFields.read.listDefinitions(organizationId);
  }
}
