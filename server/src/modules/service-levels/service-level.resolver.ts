import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { requireAdmin } from '../../auth/viewer';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { BusinessHoursInput, ServiceLevelPolicyInput, ServiceLevelSettings } from './service-level.types';

/** The settings page's business hours and service-level policies. Admins only. */
@AgentOnly()
@Resolver()
export class ServiceLevelSettingsResolver {
  @Authorized(Role.Admin)
  @Query(() => ServiceLevelSettings, { description: "The organization's business hours and service-level policies. Admins only." })
  serviceLevelSettings(@Ctx() ctx: GraphQLContext): Promise<ServiceLevelSettings> {
    return ctx.services.serviceLevels.settings.settings(requireAdmin(ctx).organizationId);
  }

  @Authorized(Role.Admin)
  @Mutation(() => ServiceLevelSettings, {
    description: "Replaces the business hours (time zone, weekly openings, holidays); open tickets' due times follow in the background.",
  })
  updateBusinessHours(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => BusinessHoursInput) input: BusinessHoursInput,
  ): Promise<ServiceLevelSettings> {
    return ctx.services.serviceLevels.settings.updateBusinessHours(requireAdmin(ctx).organizationId, input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => ServiceLevelSettings, {
    description: "Replaces every service-level policy; open tickets' due times follow in the background.",
  })
  updateServiceLevelPolicies(
    @Ctx() ctx: GraphQLContext,
    @Arg('policies', () => [ServiceLevelPolicyInput]) policies: ServiceLevelPolicyInput[],
  ): Promise<ServiceLevelSettings> {
    return ctx.services.serviceLevels.settings.updatePolicies(requireAdmin(ctx).organizationId, policies);
  }
}
