import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { requireAdmin } from '../../auth/viewer';
import { BrandingSettings, UpdateBrandingInput } from './branding.types';

/** Branding settings for admins: the look of the portal and of the emails. */
@AgentOnly()
@Resolver()
export class BrandingResolver {
  @Authorized(Role.Admin)
  @Query(() => BrandingSettings, { description: "The organization's branding as stored. Admins only." })
  brandingSettings(@Ctx() ctx: GraphQLContext): Promise<BrandingSettings> {
    const { organizationId } = requireAdmin(ctx);
    return ctx.services.organizations.branding.settings(organizationId);
  }

  @Authorized(Role.Admin)
  @Mutation(() => BrandingSettings, {
    description:
      'Saves every branding value at once; the portal and emails use them from the next request. ' +
      'Refused values (bad hex, text below 4.5:1 on the primary color, over-long copy, an oversized, disguised or SVG logo): BAD_USER_INPUT naming the field.',
  })
  async updateBranding(
    @Arg('input', () => UpdateBrandingInput) input: UpdateBrandingInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BrandingSettings> {
    const { organizationId } = requireAdmin(ctx);
    await ctx.services.organizations.branding.update(organizationId, input);
    return ctx.services.organizations.branding.settings(organizationId);
  }
}
