import type { CrossTenantData } from '../../db/cross-tenant';
import { CustomDomain } from './custom-domain.entity';

/** Who holds a host name an admin adds: nobody, their own organization, or another one. */
export type HostnameClaim = 'free' | 'ours' | 'taken';

/**
 * Looks across organizations for an existing claim on `hostname`. Another organization's claim that
 * stayed unverified longer than `staleAfterMs` is released (deleted) here, so nobody can squat a name.
 */
export function claimHostname(
  crossTenant: CrossTenantData,
  organizationId: string,
  hostname: string,
  staleAfterMs: number,
  now: Date,
): Promise<HostnameClaim> {
  return crossTenant.transaction('claim-custom-domain', async (m) => {
    const existing = await m.findOne(CustomDomain, { where: { hostname } });
    if (!existing) return 'free';
    if (existing.organizationId === organizationId) return 'ours';
    const stale = !existing.verifiedAt && now.getTime() - existing.createdAt.getTime() > staleAfterMs;
    if (!stale) return 'taken';
    await m.query('DELETE FROM custom_domains WHERE id = $1 AND organization_id = $2 AND verified_at IS NULL', [
      existing.id,
      existing.organizationId,
    ]);
    return 'free';
  });
}
