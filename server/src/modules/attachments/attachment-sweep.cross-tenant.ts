import type { CrossTenantData } from '../../db/cross-tenant';
import { unwrap } from '../../db/query-result';

/**
 * Deletes up to `limit` attachment rows, of every organization, that belong to no message and were
 * uploaded before `uploadedBefore`; returns their storage keys so the caller removes the objects.
 * The row goes first: if removing the object then fails, a stray object is left (a cost), never
 * an attachment whose file is gone. `SKIP LOCKED` keeps two instances' sweeps apart, and a row
 * attached meanwhile no longer matches `message_id IS NULL`.
 */
export async function deleteUnattached(crossTenant: CrossTenantData, uploadedBefore: Date, limit: number): Promise<string[]> {
  return crossTenant.transaction('sweep-unattached-files', async (m) => {
    const rows = unwrap<{ storage_key: string }>(
      await m.query(
        `DELETE FROM attachments
          WHERE id IN (SELECT id FROM attachments
                        WHERE message_id IS NULL AND created_at < $1
                        ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            AND message_id IS NULL
          RETURNING storage_key`,
        [uploadedBefore, limit],
      ),
    );
    return rows.map((r) => r.storage_key);
  });
}
