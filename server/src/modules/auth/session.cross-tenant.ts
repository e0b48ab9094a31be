import type { CrossTenantData } from '../../db/cross-tenant';
import { Session } from './session.entity';

/** The session a cookie's secret hashes to, of whichever organization: the cookie is all a request brings. */
export function findSessionByTokenHash(crossTenant: CrossTenantData, tokenHash: string): Promise<Session | null> {
  return crossTenant.run('authenticate-session', (m) => m.findOne(Session, { where: { tokenHash } }));
}
