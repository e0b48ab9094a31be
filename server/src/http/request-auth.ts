import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Viewer } from '../graphql/context';
import { Agent } from '../modules/agents/agent.entity';
import { SessionService } from '../modules/auth/session.service';
import { Contact } from '../modules/contacts/contact.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { readSessionCookie } from './cookies';
import type { ResolvedHost } from './host-resolver';

/** What the HTTP layer needs to turn a cookie into a viewer. */
export interface RequestAuth {
  config: Readonly<Config>;
  db: DataSource;
  sessions: SessionService;
  organizationOf(id: string): Promise<Organization | null>;
}

/** Wires the request authenticator to a database. */
export function createRequestAuth(config: Readonly<Config>, db: DataSource): RequestAuth {
  return {
    config,
    db,
    sessions: new SessionService(db),
    organizationOf: (id) => db.getRepository(Organization).findOne({ where: { id } }),
  };
}

/**
 * The viewer for a request. A contact session counts only on the portal host it was made on and
 * for that portal's organization; an agent session only on the app host. Anything else is anonymous.
 */
export async function buildViewer(auth: RequestAuth, req: Request, _res: Response, host: ResolvedHost): Promise<Viewer> {
  const secret = readSessionCookie(req, auth.config);
  if (!secret || host.kind === 'unknown') return { kind: 'anonymous' };
  const session = await auth.sessions.find(secret, host.hostname);
  if (!session) return { kind: 'anonymous' };
  if (session.kind === 'contact' && host.kind === 'portal' && session.contactId && session.organizationId === host.organization.id) {
    const contact = await auth.db
      .getRepository(Contact)
      .findOne({ where: { id: session.contactId, organizationId: session.organizationId } });
    if (contact)
      return {
        kind: 'contact',
        sessionId: session.id,
        organizationId: contact.organizationId,
        contactId: contact.id,
        email: contact.email,
      };
  }
  if (session.kind === 'agent' && host.kind === 'app' && session.agentId) {
    const agent = await auth.db.getRepository(Agent).findOne({ where: { id: session.agentId, organizationId: session.organizationId } });
    if (agent)
      return {
        kind: 'agent',
        sessionId: session.id,
        organizationId: agent.organizationId,
        agentId: agent.id,
        email: agent.email,
        role: agent.role,
      };
  }
  return { kind: 'anonymous' };
}
