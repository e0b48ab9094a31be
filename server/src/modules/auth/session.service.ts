import type { CrossTenantData } from '../../db/cross-tenant';
import type { TenantData } from '../../db/tenant';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import type { Organization } from '../organizations/organization.entity';
import { findSessionByTokenHash, type SessionPerson } from './session.cross-tenant';
import { Session } from './session.entity';
import { newSecret, sha256 } from './tokens';

/** Session lifetimes, documented in docs/security.md. */
export const SESSION_POLICY = {
  contact: { idleMs: 14 * 24 * 3600_000, absoluteMs: 30 * 24 * 3600_000 },
  agent: { idleMs: 8 * 3600_000, absoluteMs: 7 * 24 * 3600_000 },
  /** last_seen_at is written at most this often, so reads stay reads. */
  touchEveryMs: 60_000,
} as const;

/** A session joined with what it grants. */
export type ActiveSession = Session;

/** What starts a session: who, in which organization, on which host. */
export type NewSession = { organizationId: string; host: string } & (
  { kind: 'contact'; contactId: string } | { kind: 'agent'; agentId: string }
);

/** Creates, finds and ends sessions. Only SHA-256 hashes of session secrets are stored. */
export class SessionService {
  constructor(
    private readonly tenant: TenantData,
    private readonly crossTenant: CrossTenantData,
  ) {}

  /** Starts a session on one host (inside the organization's sign-in transaction when one is open); returns the secret for the cookie (never stored). */
  async create(input: NewSession, now = new Date()): Promise<{ secret: string; session: Session }> {
    const secret = newSecret();
    const policy = SESSION_POLICY[input.kind];
    const session = await this.tenant.run(input.organizationId, (tx) =>
      tx.insert(Session, {
        kind: input.kind,
        contactId: input.kind === 'contact' ? input.contactId : null,
        agentId: input.kind === 'agent' ? input.agentId : null,
        tokenHash: sha256(secret),
        host: input.host,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + policy.absoluteMs),
      }),
    );
    return { secret, session };
  }

  /**
   * The live session for a cookie secret on this host with the person it signs in, or null
   * (expired, idle, revoked, another host's, or its person is gone): one statement.
   */
  async find(
    secret: string,
    host: string,
    now = new Date(),
    /** False for the sockets' periodic re-check: an open tab must not keep an idle session alive. */
    touch = true,
  ): Promise<{ session: Session; person: SessionPerson } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const found = await findSessionByTokenHash(this.crossTenant, sha256(secret));
    if (!found?.person) return null;
    const { session, person } = found;
    if (session.revokedAt || session.host !== host) return null;
    if (session.expiresAt.getTime() <= now.getTime()) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_POLICY[session.kind].idleMs) return null;
    if (touch && now.getTime() - session.lastSeenAt.getTime() > SESSION_POLICY.touchEveryMs) {
      await this.tenant.run(session.organizationId, (tx) => tx.update(Session, { id: session.id }, { lastSeenAt: now }));
    }
    return { session, person };
  }

  /** The contact a contact session signs in, or null when it is gone. */
  contact(organizationId: string, contactId: string): Promise<Contact | null> {
    return this.tenant.run(organizationId, (tx) => tx.findOneBy(Contact, { id: contactId }));
  }

  /** The agent an agent session signs in, with their organization (one statement), or null when it is gone. */
  agent(organizationId: string, agentId: string): Promise<(Agent & { organization: Organization }) | null> {
    return this.tenant.run(organizationId, async (tx) => {
      const agent = await tx.findOne(Agent, { where: { id: agentId }, relations: { organization: true } });
      return agent?.organization ? (agent as Agent & { organization: Organization }) : null;
    });
  }

  /** Ends a session on the server: its cookie is worthless from now on. */
  async revoke(scope: { organizationId: string; sessionId: string }, now = new Date()): Promise<void> {
    await this.tenant.run(scope.organizationId, async (tx) => {
      await tx.update(Session, { id: scope.sessionId }, { revokedAt: now });
      // Its open sockets, on every instance, close at once.
      await tx.announce({ kind: 'session-ended', organizationId: scope.organizationId, sessionId: scope.sessionId });
    });
  }
}
