import { forbidden } from '../errors';
import type { GraphQLContext } from '../graphql/context';
import type { AgentRole } from '../modules/agents/agent.entity';
import type { Organization } from '../modules/organizations/organization.entity';

// The viewer behind a request and the second-wall guards that turn it into the organization (and
// requester) every query is scoped to. @Authorized(...) runs first; these refuse anything it missed.

/** Who is asking: nobody, a contact on their organization's portal, or an agent in the agent app. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'contact'; sessionId: string; organizationId: string; contactId: string; email: string }
  | { kind: 'agent'; sessionId: string; organizationId: string; agentId: string; email: string; role: AgentRole };

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

/** A signed-in admin of the agent app, with the organization every settings query is scoped to. */
export interface AdminScope extends AgentScope {
  isAdmin: true;
}

/** The admin behind an agent-app request; agents who are not admins are refused. */
export function requireAdmin(ctx: GraphQLContext): AdminScope {
  const agent = requireAgent(ctx);
  if (ctx.viewer.kind !== 'agent' || ctx.viewer.role !== 'admin') throw forbidden('Only workspace admins can change settings');
  return { ...agent, isAdmin: true };
}
