import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { requireAdmin } from '../../auth/viewer';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { BusinessHoursInput, ServiceLevelPolicyInput, ServiceLevelReportRowNode, ServiceLevelSettings } from './service-level.types';
import type { TicketPriorityEnum } from '../tickets/ticket.types';

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
  @Query(() => [ServiceLevelReportRowNode], {
    description: 'Per week (newest first) and priority: the share of tickets that met each target. Admins only.',
  })
  async serviceLevelReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('weeks', () => Int, { defaultValue: 8 }) weeks: number,
  ): Promise<ServiceLevelReportRowNode[]> {
    const rows = await ctx.services.serviceLevels.report.report(requireAdmin(ctx).organizationId, weeks);
    return rows.map((r) => ({ ...r, priority: r.priority as TicketPriorityEnum }));
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
