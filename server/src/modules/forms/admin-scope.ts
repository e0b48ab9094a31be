import type { GraphQLContext } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { requireAgent } from '../tickets/viewer-scope';

/** A signed-in admin of the agent app: what they may change is their own organization's. */
export interface AdminScope {
  organizationId: string;
  agentId: string;
}

/**
 * The admin behind a request. @Authorized(Role.Admin) already ran; this is the second wall, and
 * the one place an admin operation learns which organization it works on.
 */
export function requireAdmin(ctx: GraphQLContext): AdminScope {
  const agent = requireAgent(ctx);
  if (ctx.viewer.kind !== 'agent' || ctx.viewer.role !== 'admin') throw forbidden();
  return { organizationId: agent.organizationId, agentId: agent.agentId };
}
