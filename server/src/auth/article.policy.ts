import { forbidden, notFound, unauthenticated } from '../errors';
import type { GraphQLContext } from '../graphql/context';
import type { Organization } from '../modules/organizations/organization.entity';

// Who may read and write the knowledge base.

/** Someone reading an organization's published articles on its portal: a visitor or a contact. */
export interface ReaderScope {
  kind: 'reader';
  organizationId: string;
  organization: Organization;
  /** The signed-in contact, or null for an anonymous visitor. */
  contactId: string | null;
}

/** An agent in the agent app, managing their organization's knowledge base. */
export interface EditorScope {
  kind: 'editor';
  organizationId: string;
  agentId: string;
  isAdmin: boolean;
}

/**
 * A reader on a portal host. Published articles are public unless the organization limits them
 * to signed-in contacts; then anyone else is refused before any row is read.
 */
export function requireReader(ctx: GraphQLContext): ReaderScope {
  if (ctx.host.kind !== 'portal') throw notFound('Knowledge base');
  const organization = ctx.host.organization;
  const viewer = ctx.viewer;
  const contactId = viewer.kind === 'contact' && viewer.organizationId === organization.id ? viewer.contactId : null;
  if (organization.knowledgeBaseVisibility !== 'public' && !contactId) throw unauthenticated('Sign in to read the knowledge base');
  return { kind: 'reader', organizationId: organization.id, organization, contactId };
}

/** An agent of the organization in the agent app. */
export function requireEditor(ctx: GraphQLContext): EditorScope {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'agent' || ctx.host.kind !== 'app') throw forbidden();
  return { kind: 'editor', organizationId: viewer.organizationId, agentId: viewer.agentId, isAdmin: viewer.role === 'admin' };
}

/** The organization whose published articles this request may list: a reader's portal, or an editor's own. */
export function publishedScopeOf(ctx: GraphQLContext): { organizationId: string } {
  return ctx.viewer.kind === 'agent' ? requireEditor(ctx) : requireReader(ctx);
}
