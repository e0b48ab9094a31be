import type { Request } from 'express';
import type { Config } from '../config';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../compose';
import type { SessionService } from '../modules/auth/session.service';
import type { ResolvedHost } from '../modules/organizations/host';
import type { Organization } from '../modules/organizations/organization.entity';
import type { Session } from '../modules/auth/session.entity';
import { readSessionCookie } from './cookies';

/** What the HTTP layer needs to turn a cookie into a viewer. */
export interface RequestAuth {
  config: Readonly<Config>;
  sessions: SessionService;
}

/** Wires the request authenticator to the session service. */
export function createRequestAuth(config: Readonly<Config>, services: Pick<Services, 'auth'>): RequestAuth {
  return { config, sessions: services.auth.sessions };
}

/** Who is asking, and the organization they act in (the portal's, or the signed-in agent's). */
export interface RequestIdentity {
  viewer: Viewer;
  organization: Organization | null;
}

/**
 * The viewer for a request. A contact session counts only on the portal host it was made on and
 * for that portal's organization; an agent session only on the app host. Anything else is anonymous.
 */
export async function identify(auth: RequestAuth, req: Request, host: ResolvedHost): Promise<RequestIdentity> {
  return identityFor(auth, await findSession(auth, req, host), host);
}

/** The live session a request's cookie names on this host, or null (cross-tenant: by token hash). */
export async function findSession(auth: RequestAuth, req: Request, host: ResolvedHost): Promise<Session | null> {
  const secret = readSessionCookie(req, auth.config);
  if (!secret || host.kind === 'unknown') return null;
  return auth.sessions.find(secret, host.hostname);
}

/** The organization a request reads as: the portal's on a portal host, the agent session's on the app host. */
export function requestOrganizationId(session: Session | null, host: ResolvedHost): string | null {
  if (host.kind === 'portal') return host.organization.id;
  if (host.kind === 'app' && session?.kind === 'agent') return session.organizationId;
  return null;
}

/** Turns a session into the viewer (tenant reads of the contact or agent, nested in any open transaction). */
export async function identityFor(auth: RequestAuth, session: Session | null, host: ResolvedHost): Promise<RequestIdentity> {
  const identity = await sessionIdentity(auth, session, host);
  return { viewer: identity.viewer, organization: host.kind === 'portal' ? host.organization : identity.organization };
}

async function sessionIdentity(auth: RequestAuth, session: Session | null, host: ResolvedHost): Promise<RequestIdentity> {
  const anonymous: RequestIdentity = { viewer: { kind: 'anonymous' }, organization: null };
  if (!session) return anonymous;
  if (session.kind === 'contact' && host.kind === 'portal' && session.contactId && session.organizationId === host.organization.id) {
    const contact = await auth.sessions.contact(session.organizationId, session.contactId);
    if (contact)
      return {
        viewer: {
          kind: 'contact',
          sessionId: session.id,
          organizationId: contact.organizationId,
          contactId: contact.id,
          email: contact.email,
        },
        organization: null,
      };
  }
  if (session.kind === 'agent' && host.kind === 'app' && session.agentId) {
    const agent = await auth.sessions.agent(session.organizationId, session.agentId);
    if (agent)
      return {
        viewer: {
          kind: 'agent',
          sessionId: session.id,
          organizationId: agent.organizationId,
          agentId: agent.id,
          email: agent.email,
          role: agent.role,
        },
        organization: agent.organization,
      };
  }
  return anonymous;
}
