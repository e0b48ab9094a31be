import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { unauthenticated } from '../../errors';
import type { GraphQLContext } from '../../graphql/context';
import { requireAdmin, requireContactOrAgent } from '../../auth/viewer';
import { IntakeFormNode, IntakeFormSettingsNode, RequestSignInMode } from './intake-form.types';

/** The forms a contact (or, where the organization allows it, a visitor) can submit a request with. */
@ContactReadable()
@Resolver()
export class IntakeFormResolver {
  // No @Authorized: a visitor on a portal that asks for the email at the end reads the forms too
  // (issue 16.4); anywhere else an anonymous caller is refused below.
  @Query(() => [IntakeFormNode], {
    description:
      "The organization's active intake forms at their current published version. Visitors may read them where the portal's requestSignIn is AT_SUBMIT; otherwise UNAUTHENTICATED.",
  })
  async intakeForms(@Ctx() ctx: GraphQLContext): Promise<IntakeFormNode[]> {
    if (ctx.viewer.kind === 'anonymous') {
      if (ctx.host.kind !== 'portal' || ctx.host.organization.requestSignIn !== 'at_submit')
        throw unauthenticated('Sign in to submit a request');
      return ctx.services.forms.read.listPublished(ctx.host.organization.id);
    }
    const { organizationId } = requireContactOrAgent(ctx);
    return ctx.services.forms.read.listPublished(organizationId);
  }
}

/** Admins choose when the request form asks a visitor for their email. */
@AgentOnly()
@Resolver()
export class IntakeFormSettingsResolver {
  @Authorized(Role.Admin)
  @Query(() => IntakeFormSettingsNode, { description: "The organization's request-form settings. Admins only." })
  intakeFormSettings(@Ctx() ctx: GraphQLContext): Promise<IntakeFormSettingsNode> {
    return ctx.services.forms.admin.settings(requireAdmin(ctx));
  }

  @Authorized(Role.Admin)
  @Mutation(() => IntakeFormSettingsNode, {
    description: 'Admins: let visitors fill the request form before confirming their email (AT_SUBMIT), or require sign-in first (FIRST).',
  })
  setRequestSignIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('mode', () => RequestSignInMode) mode: RequestSignInMode,
  ): Promise<IntakeFormSettingsNode> {
    return ctx.services.forms.admin.setRequestSignIn(requireAdmin(ctx), mode);
  }
}
