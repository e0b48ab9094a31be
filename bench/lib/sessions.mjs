// Sessions for the load: stored as the product stores them (SHA-256 of the cookie secret, the host
// the session is valid on), so requests carry real cookies through the product's own session lookup.
import { createHash, randomBytes } from 'node:crypto';
import { HEAVY_REQUESTER_EMAIL } from './generate-sql.mjs';

/** The Host headers of the agent app and of Acme's portal (README: localhost and <slug>.localhost). */
export const APP_HOST = 'localhost';
export const PORTAL_HOST = 'acme.localhost';
/** The demo agent the agent paths sign in as (the MINE view is theirs). */
export const AGENT_EMAIL = 'agent@acme.test';
/** Cookie name over plain HTTP (server/src/http/cookies.ts). */
export const SESSION_COOKIE = 'ac_session';

/** Inserts an agent session and a heavy-requester contact session; returns their cookies and ids. */
export async function createSessions(db) {
  const { rows } = await db.query(
    `SELECT o.id AS organization_id,
            (SELECT a.id FROM agents a WHERE a.organization_id = o.id AND a.email = $1) AS agent_id,
            (SELECT c.id FROM contacts c WHERE c.organization_id = o.id AND c.email = $2) AS contact_id
     FROM organizations o WHERE o.slug = 'acme'`,
    [AGENT_EMAIL, HEAVY_REQUESTER_EMAIL],
  );
  const ids = rows[0];
  if (!ids?.agent_id || !ids?.contact_id) throw new Error('the database has no generated data: run bench/generate.mjs first');
  const make = async (kind, principal, host) => {
    const secret = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO sessions (organization_id, kind, contact_id, agent_id, token_hash, host, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now() + interval '7 days')`,
      [ids.organization_id, kind, kind === 'contact' ? principal : null, kind === 'agent' ? principal : null, sha256(secret), host],
    );
    return `${SESSION_COOKIE}=${secret}`;
  };
  return {
    organizationId: ids.organization_id,
    agentId: ids.agent_id,
    contactId: ids.contact_id,
    agentCookie: await make('agent', ids.agent_id, APP_HOST),
    contactCookie: await make('contact', ids.contact_id, PORTAL_HOST),
  };
}

function sha256(value) {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
