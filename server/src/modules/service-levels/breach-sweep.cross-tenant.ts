import type { CrossTenantData } from '../../db/cross-tenant';
import { unwrap } from '../../db/query-result';

/**
 * Up to `limit` tickets, of every organization, with a due time passed at `now` that is not yet
 * recorded as breached, soonest first (from `tickets_breach_check_idx`). Only ids leave here: each
 * ticket is then handled in its own organization's transaction.
 */
export async function ticketsToCheckForBreaches(
  crossTenant: CrossTenantData,
  now: Date,
  limit: number,
): Promise<{ organizationId: string; ticketId: string }[]> {
  return crossTenant.run('record-service-level-breaches', async (m) => {
    const rows = unwrap<{ organization_id: string; id: string }>(
      await m.query(
        `SELECT organization_id, id FROM tickets WHERE breach_check_at IS NOT NULL AND breach_check_at <= $1
          ORDER BY breach_check_at LIMIT $2`,
        [now, limit],
      ),
    );
    return rows.map((r) => ({ organizationId: r.organization_id, ticketId: r.id }));
  });
}
