import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { requireAdmin } from '../../auth/viewer';
import { CustomDomainNode, CustomDomainSettings, CustomDomainVerification } from './custom-domain.types';

/** Custom domains for admins: add, verify by DNS, make primary, remove. */
@AgentOnly()
@Resolver()
export class CustomDomainResolver {
  @Authorized(Role.Admin)
  @Query(() => CustomDomainSettings, { description: "The organization's custom domains and the DNS records they need. Admins only." })
  customDomainSettings(@Ctx() ctx: GraphQLContext): Promise<CustomDomainSettings> {
    return ctx.services.organizations.customDomains.settings(requireAdmin(ctx).organizationId);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomDomainNode, {
    description:
      'Adds a domain (normalized to lower-case ASCII) with a new verification token. Refused: invalid names, our own hosts (BAD_USER_INPUT); a name held by another workspace (CONFLICT).',
  })
  addCustomDomain(@Arg('hostname') hostname: string, @Ctx() ctx: GraphQLContext): Promise<CustomDomainNode> {
    return ctx.services.organizations.customDomains.add(requireAdmin(ctx).organizationId, hostname);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomDomainVerification, {
    description: 'Looks up the TXT record through the configured DNS resolver; a match verifies the domain, which then serves the portal.',
  })
  verifyCustomDomain(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CustomDomainVerification> {
    return ctx.services.organizations.customDomains.verify(requireAdmin(ctx).organizationId, id);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomDomainSettings, {
    description: 'Makes a verified domain the primary one (sign-in and ticket links use it); null goes back to the default address.',
  })
  setPrimaryCustomDomain(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomDomainSettings> {
    return ctx.services.organizations.customDomains.setPrimary(requireAdmin(ctx).organizationId, id ?? null);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomDomainSettings, { description: 'Removes a domain; it stops serving the portal at once.' })
  removeCustomDomain(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CustomDomainSettings> {
    return ctx.services.organizations.customDomains.remove(requireAdmin(ctx).organizationId, id);
  }
}
