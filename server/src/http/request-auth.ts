import type { Request } from 'express';
import type { Config } from '../config';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../compose';
import type { SessionService } from '../modules/auth/session.service';
import type { ResolvedHost } from '../modules/organizations/host';
import type { HostResolver } from '../modules/organizations/host-resolution.cross-tenant';
import type { SessionPerson } from '../modules/auth/session.cross-tenant';
import type { Organization } from '../modules/organizations/organization.entity';
import type { Session } from '../modules/auth/session.entity';
import { readSessionCookie } from './cookies';

/** What the HTTP layer needs to turn a cookie into a viewer. */
export interface RequestAuth {
  config: Readonly<Config>;
  sessions: SessionService;
  hosts: HostResolver;
}

/** Wires the request authenticator to the session service and the (cached) organization lookup. */
export function createRequestAuth(config: Readonly<Config>, services: Pick<Services, 'auth' | 'organizations'>): RequestAuth {
  return { config, sessions: services.auth.sessions, hosts: services.organizations.hosts };
}

/** Who is asking, and the organization they act in (the portal's, or the signed-in agent's). */
export interface RequestIdentity {
  viewer: Viewer;
  organization: Organization | null;
}

/** A request's live session with the person it signs in and, for an agent, their organization. */
export interface FoundSession {
  session: Session;
  person: SessionPerson;
  agentOrganization: Organization | null;
}

/**
 * The viewer for a request. A contact session counts only on the portal host it was made on and
 * for that portal's organization; an agent session only on the app host. Anything else is anonymous.
 */
export async function identify(auth: RequestAuth, req: Request, host: ResolvedHost): Promise<RequestIdentity> {
  return identityFor(await findSession(auth, req, host), host);
}

/**
 * The live session a request's cookie names on this host, or null (cross-tenant: by token hash,
 * with its person in the same statement; an agent's organization from the host cache).
 */
export async function findSession(auth: RequestAuth, req: Pick<Request, 'headers'>, host: ResolvedHost): Promise<FoundSession | null> {
  const secret = readSessionCookie(req, auth.config);
  if (!secret || host.kind === 'unknown') return null;
  const found = await auth.sessions.find(secret, host.hostname);
  if (!found) return null;
  const agentOrganization = found.person.kind === 'agent' ? await auth.hosts.organizationById(found.session.organizationId) : null;
  if (found.person.kind === 'agent' && !agentOrganization) return null;
  return { ...found, agentOrganization };
}

/** The organization a request reads as: the portal's on a portal host, the agent session's on the app host. */
export function requestOrganizationId(found: FoundSession | null, host: ResolvedHost): string | null {
  if (host.kind === 'portal') return host.organization.id;
  if (host.kind === 'app' && found?.session.kind === 'agent') return found.session.organizationId;
  return null;
}

/** Turns a found session into the viewer; no database work. */
export function identityFor(found: FoundSession | null, host: ResolvedHost): RequestIdentity {
  const identity = sessionIdentity(found, host);
  return { viewer: identity.viewer, organization: host.kind === 'portal' ? host.organization : identity.organization };
}

function sessionIdentity(found: FoundSession | null, host: ResolvedHost): RequestIdentity {
  const anonymous: RequestIdentity = { viewer: { kind: 'anonymous' }, organization: null };
  if (!found) return anonymous;
  const { session, person } = found;
  if (person.kind === 'contact' && host.kind === 'portal' && person.organizationId === host.organization.id) {
    return {
      viewer: { kind: 'contact', sessionId: session.id, organizationId: person.organizationId, contactId: person.id, email: person.email },
      organization: null,
    };
  }
  if (person.kind === 'agent' && host.kind === 'app' && found.agentOrganization) {
    return {
      viewer: {
        kind: 'agent',
        sessionId: session.id,
        organizationId: person.organizationId,
        agentId: person.id,
        email: person.email,
        role: person.role,
      },
      organization: found.agentOrganization,
    };
  }
  return anonymous;
}
