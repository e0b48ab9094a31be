import type { CrossTenantData } from '../../db/cross-tenant';
import type { AgentRole } from '../agents/agent.entity';
import { Session } from './session.entity';

/** Who a session signs in, as the request path needs them: only what a viewer is made of (no TOTP secret, no profile). */
export type SessionPerson =
  | { kind: 'contact'; id: string; organizationId: string; email: string }
  | { kind: 'agent'; id: string; organizationId: string; email: string; role: AgentRole };

interface SessionRow {
  id: string;
  organization_id: string;
  kind: 'contact' | 'agent';
  contact_id: string | null;
  agent_id: string | null;
  host: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  contact_email: string | null;
  agent_email: string | null;
  agent_role: AgentRole | null;
}

/**
 * The session a cookie's secret hashes to, of whichever organization (the cookie is all a request
 * brings), with the contact or agent it signs in: one statement by the unique token hash. The
 * person must be of the session's own organization; a deleted one leaves `person` null.
 */
export async function findSessionByTokenHash(
  crossTenant: CrossTenantData,
  tokenHash: string,
): Promise<{ session: Session; person: SessionPerson | null } | null> {
  const rows = (await crossTenant.run('authenticate-session', (m) =>
    m.query(
      `SELECT s.id, s.organization_id, s.kind, s.contact_id, s.agent_id, s.host, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
              c.email AS contact_email, a.email AS agent_email, a.role AS agent_role
       FROM sessions s
       LEFT JOIN contacts c ON c.id = s.contact_id AND c.organization_id = s.organization_id
       LEFT JOIN agents a ON a.id = s.agent_id AND a.organization_id = s.organization_id
       WHERE s.token_hash = $1`,
      [tokenHash],
    ),
  )) as SessionRow[];
  const row = rows[0];
  if (!row) return null;
  const session = Object.assign(new Session(), {
    id: row.id,
    organizationId: row.organization_id,
    kind: row.kind,
    contactId: row.contact_id,
    agentId: row.agent_id,
    tokenHash,
    host: row.host,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  });
  let person: SessionPerson | null = null;
  if (row.kind === 'contact' && row.contact_id && row.contact_email !== null) {
    person = { kind: 'contact', id: row.contact_id, organizationId: row.organization_id, email: row.contact_email };
  } else if (row.kind === 'agent' && row.agent_id && row.agent_email !== null && row.agent_role) {
    person = { kind: 'agent', id: row.agent_id, organizationId: row.organization_id, email: row.agent_email, role: row.agent_role };
  }
  return { session, person };
}
