import { Ctx, Query, Resolver } from 'type-graphql';
import { ContactReadable } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { toPortalOrganization } from './portal.service';
import { PortalOrganization } from './portal.types';

/** Public information about the portal being visited. */
@ContactReadable()
@Resolver()
export class PortalResolver {
  @Query(() => PortalOrganization, {
    nullable: true,
    description: "The portal's organization and branding; null outside a portal host (e.g. in the agent app).",
  })
  portal(@Ctx() ctx: GraphQLContext): PortalOrganization | null {
    return ctx.host.kind === 'portal' ? toPortalOrganization(ctx.host.organization) : null;
  }
}
