import { MAX_FILES_PER_MESSAGE, isUuid } from '@actionconnect/shared';
import type { TenantTx } from '../../db/tenant';
import { badInput } from '../../errors';
import { Attachment } from './attachment.entity';

/** Who is attaching: the same agent or contact who uploaded the files. */
export type Uploader = { agentId: string } | { contactId: string };

/** The GraphQL argument every refusal names. */
const FIELD = 'attachmentIds';

/**
 * Refuses a list of ids no message may carry, before any SQL: more than MAX_FILES_PER_MESSAGE,
 * one given twice, or one that is not a UUID. Returns the ids lowercased.
 */
export function checkAttachmentIds(ids: readonly string[]): string[] {
  if (ids.length > MAX_FILES_PER_MESSAGE) {
    throw badInput(`Attach at most ${MAX_FILES_PER_MESSAGE} files to a message (${ids.length} were sent).`, FIELD);
  }
  const normalized = ids.map((id) => id.toLowerCase());
  if (normalized.some((id) => !isUuid(id))) throw badInput(notAvailable(), FIELD);
  if (new Set(normalized).size !== normalized.length) throw badInput('The same file is attached twice.', FIELD);
  return normalized;
}

/**
 * Attaches uploaded files to a message just inserted in `tx` (call it in the same transaction, so a
 * refusal rolls the message back too). Each id must name an unattached upload of `uploader` in the
 * transaction's organization; the rows are locked (`FOR UPDATE`) and re-read after any wait, so of
 * two concurrent attaches of one file exactly one wins and the other is refused. Returns the files
 * in the order given; throws BAD_USER_INPUT naming `attachmentIds` and changes nothing otherwise.
 */
export async function attachFiles(tx: TenantTx, uploader: Uploader, messageId: string, ids: readonly string[]): Promise<Attachment[]> {
  const wanted = checkAttachmentIds(ids);
  if (!wanted.length) return [];
  const qb = tx
    .select(Attachment, 'a')
    .andWhere('a.id IN (:...ids)', { ids: wanted })
    .andWhere('a.message_id IS NULL')
    // One lock order for every caller, so two requests attaching overlapping files queue, never deadlock.
    .orderBy('a.id')
    .setLock('pessimistic_write');
  if ('agentId' in uploader) qb.andWhere('a.uploaded_by_agent_id = :agentId', { agentId: uploader.agentId });
  else qb.andWhere('a.uploaded_by_contact_id = :contactId', { contactId: uploader.contactId });
  const rows = await qb.getMany();
  // Another organization's, another person's, already attached (perhaps a moment ago by a
  // concurrent request), swept, or never uploaded: one answer, which tells nothing about the row.
  if (rows.length !== wanted.length) throw badInput(notAvailable(wanted.length - rows.length), FIELD);
  await tx
    .updateQuery(Attachment)
    .set({ messageId, attachedAt: () => 'now()' })
    .andWhere('id IN (:...ids)', { ids: wanted })
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return wanted.map((id) => {
    const row = byId.get(id) as Attachment;
    row.messageId = messageId;
    return row;
  });
}

function notAvailable(count = 1): string {
  const which = count === 1 ? 'A file is' : `${count} files are`;
  return `${which} no longer available to attach (already attached, or not uploaded by you). Upload ${count === 1 ? 'it' : 'them'} again.`;
}
