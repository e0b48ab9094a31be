import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { requireAdmin } from '../../auth/viewer';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';

/** Where the organization receives requests by email, and what to forward there. */
@AgentOnly()
@ObjectType({ description: 'Requests by email: the address to forward the support mailbox to. Admins only.' })
export class InboundEmailSettings {
  @Field({ description: 'False when the server has no inbound mail domain configured (INBOUND_EMAIL_DOMAIN).' })
  enabled: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Email sent or forwarded here becomes a request (the sender becomes a contact). Replies to ticket emails come back on their own.',
  })
  requestAddress: string | null;
}

/** The settings page's read of the organization's inbound address. */
@AgentOnly()
@Resolver()
export class InboundSettingsResolver {
  @Authorized(Role.Admin)
  @Query(() => InboundEmailSettings, { description: "The organization's requests-by-email address. Admins only." })
  inboundEmailSettings(@Ctx() ctx: GraphQLContext): InboundEmailSettings {
    const scope = requireAdmin(ctx);
    const requestAddress = ctx.services.inbound.replies.requestAddress(scope.organization);
    return { enabled: requestAddress !== null, requestAddress };
  }
}
