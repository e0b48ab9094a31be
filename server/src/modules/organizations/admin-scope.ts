import type { GraphQLContext } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import type { Organization } from './organization.entity';

/** An admin in the agent app, with the organization every settings query is scoped to. */
export interface AdminScope {
  organizationId: string;
  organization: Organization;
}

/**
 * The admin behind a settings request. @Authorized(Role.Admin) already ran; this second wall also
 * insists on the app host, and is the one place a session becomes the organization id to filter on.
 */
export function requireAdmin(ctx: GraphQLContext): AdminScope {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'agent' || viewer.role !== 'admin' || ctx.host.kind !== 'app')
    throw forbidden('Only workspace admins can change settings');
  const organization = ctx.organization;
  if (!organization || organization.id !== viewer.organizationId) throw forbidden('Only workspace admins can change settings');
  return { organizationId: organization.id, organization };
}
