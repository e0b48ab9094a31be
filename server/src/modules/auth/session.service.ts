import type { DataSource, EntityManager } from 'typeorm';
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

/** Creates, finds and ends sessions. Only SHA-256 hashes of session secrets are stored. */
export class SessionService {
  constructor(private readonly db: DataSource) {}

  /** Starts a session on one host; returns the secret for the cookie (never stored). */
  async create(
    manager: EntityManager,
    input: { organizationId: string; host: string } & ({ kind: 'contact'; contactId: string } | { kind: 'agent'; agentId: string }),
    now = new Date(),
  ): Promise<{ secret: string; session: Session }> {
    const secret = newSecret();
    const policy = SESSION_POLICY[input.kind];
    const session = manager.create(Session, {
      organizationId: input.organizationId,
      kind: input.kind,
      contactId: input.kind === 'contact' ? input.contactId : null,
      agentId: input.kind === 'agent' ? input.agentId : null,
      tokenHash: sha256(secret),
      host: input.host,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteMs),
    });
    await manager.save(session);
    return { secret, session };
  }

  /** The live session for a cookie secret on this host, or null (expired, idle, revoked or another host's). */
  async find(secret: string, host: string, now = new Date()): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const session = await this.db.getRepository(Session).findOne({ where: { tokenHash: sha256(secret) } });
    if (!session || session.revokedAt || session.host !== host) return null;
    if (session.expiresAt.getTime() <= now.getTime()) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_POLICY[session.kind].idleMs) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_POLICY.touchEveryMs) {
      await this.db.getRepository(Session).update({ id: session.id }, { lastSeenAt: now });
    }
    return session;
  }

  /** Ends a session on the server: its cookie is worthless from now on. */
  async revoke(sessionId: string, now = new Date()): Promise<void> {
    await this.db.getRepository(Session).update({ id: sessionId }, { revokedAt: now });
  }
}
