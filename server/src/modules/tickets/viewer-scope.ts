import type { GraphQLContext } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import type { Organization } from '../organizations/organization.entity';

/** A signed-in contact: the rows they may see are their own tickets in their own organization. */
export interface ContactScope {
  kind: 'contact';
  organizationId: string;
  contactId: string;
  /** The portal's organization (for branding and links). */
  organization: Organization;
}

/** A signed-in agent: the rows they may see are their organization's. */
export interface AgentScope {
  kind: 'agent';
  organizationId: string;
  agentId: string;
  /** The agent's organization (for branding and links). */
  organization: Organization;
}

/**
 * The contact behind a portal request. @Authorized(Role.Contact) already ran; this is the second
 * wall, and the one place that turns a session into row filters.
 */
export function requireContact(ctx: GraphQLContext): ContactScope {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'contact') throw forbidden();
  // A contact session only ever counts on its own organization's portal (request-auth.ts); refuse
  // anything else rather than trust that here.
  if (ctx.host.kind !== 'portal' || ctx.host.organization.id !== viewer.organizationId) throw forbidden();
  return { kind: 'contact', organizationId: viewer.organizationId, contactId: viewer.contactId, organization: ctx.host.organization };
}

/** The agent behind an agent-app request, with their organization. */
export function requireAgent(ctx: GraphQLContext): AgentScope {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'agent' || ctx.host.kind !== 'app') throw forbidden();
  const organization = ctx.organization;
  if (!organization || organization.id !== viewer.organizationId) throw forbidden();
  return { kind: 'agent', organizationId: viewer.organizationId, agentId: viewer.agentId, organization };
}

/** Either kind of signed-in viewer; anything else is refused. */
export function requireContactOrAgent(ctx: GraphQLContext): ContactScope | AgentScope {
  return ctx.viewer.kind === 'agent' ? requireAgent(ctx) : requireContact(ctx);
}
