import { accessParams, contactMayRead } from '../companies/ticket-access';
import type { Readable } from 'node:stream';
import type { SelectQueryBuilder } from 'typeorm';
import { isUuid } from '@actionconnect/shared';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput } from '../../errors';
import { Ticket } from '../tickets/ticket.entity';
import { TicketMessage } from '../tickets/ticket-message.entity';
import { Attachment } from './attachment.entity';
import { newStorageKey, type FileStorage } from './file-storage';
import { Organization } from '../organizations/organization.entity';
import {
  BLOCKED_EXTENSIONS,
  checkFileName,
  contentsContradictName,
  imageType,
  INLINE_TYPES,
  MAX_UPLOAD_BYTES,
  normalizeBlockedExtensions,
  peek,
  sniff,
} from './upload-rules';

/** Who uploads or downloads: a contact on their portal, or an agent in the app, in one organization. */
export type FileViewer =
  { kind: 'contact'; organizationId: string; contactId: string } | { kind: 'agent'; organizationId: string; agentId: string };

/** What an upload answers. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** A file the viewer may read, ready to stream; `inline` only for an image whose bytes match its type. */
export interface DownloadableFile {
  fileName: string;
  contentType: string;
  byteSize: number;
  inline: boolean;
  stream: Readable;
}

/** Uploads and downloads of attachments, with who may read what (SECURITY.md 24). */
export class AttachmentService {
  constructor(
    private readonly tenant: TenantData,
    private readonly storage: FileStorage,
  ) {}

  /**
   * Stores one uploaded file for `viewer`, unattached: the name is checked first, the type comes
   * from the first bytes, and the bytes stream into storage (at most MAX_UPLOAD_BYTES). On any
   * failure nothing stays stored; throws BAD_USER_INPUT for a bad name, an executable, or
   * bytes that contradict the name's extension.
   */
  async upload(
    viewer: FileViewer,
    rawName: string,
    source: Readable,
    options: { blocked?: ReadonlySet<string> } = {},
  ): Promise<UploadedFile> {
    // A caller reading a network stream passes the block list, read before the bytes flow.
    const blocked = options.blocked ?? (await this.blockedExtensions(viewer.organizationId));
    const name = checkFileName(rawName, blocked);
    if (!name.ok) throw badInput(name.message, 'file');
    const { head, stream } = await peek(source);
    const sniffed = sniff(head);
    const contradiction = sniffed.executable ? null : contentsContradictName(name.name, head);
    if (contradiction) {
      stream.destroy();
      throw badInput(contradiction, 'file');
    }
    if (sniffed.executable) {
      stream.destroy();
      throw badInput('Programs and scripts cannot be uploaded.', 'file');
    }
    const storageKey = newStorageKey(viewer.organizationId);
    const stored = await this.storage.put(storageKey, stream, { contentType: sniffed.contentType, maxBytes: MAX_UPLOAD_BYTES });
    try {
      const row = await this.tenant.run(viewer.organizationId, (tx) =>
        tx.insert(Attachment, {
          storageKey,
          fileName: name.name,
          contentType: sniffed.contentType,
          byteSize: stored.bytes,
          sha256: stored.sha256,
          uploadedByAgentId: viewer.kind === 'agent' ? viewer.agentId : null,
          uploadedByContactId: viewer.kind === 'contact' ? viewer.contactId : null,
        }),
      );
      return { id: row.id, fileName: row.fileName, contentType: row.contentType, byteSize: row.byteSize };
    } catch (error) {
      // No row, no file: a stored object nobody can name is garbage the sweeper would never see.
      await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    }
  }

  /** The organization's block list of file name extensions (the default list unless an admin changed it). */
  async blockedExtensions(organizationId: string): Promise<ReadonlySet<string>> {
    const organization = await this.tenant.run(organizationId, (tx) =>
      tx.findOne(Organization, { where: { id: organizationId }, select: { id: true, blockedFileExtensions: true } }),
    );
    const list = organization?.blockedFileExtensions;
    return list ? new Set(list) : BLOCKED_EXTENSIONS;
  }

  /** Sets the organization's block list (normalized); `null` goes back to the default list. Returns the list now in force. */
  async setBlockedExtensions(organizationId: string, raw: readonly string[] | null): Promise<string[]> {
    let list: string[] | null = null;
    if (raw) {
      const checked = normalizeBlockedExtensions(raw);
      if (!checked.ok) throw badInput(checked.message, 'extensions');
      list = checked.extensions;
    }
    await this.tenant.run(organizationId, (tx) => tx.update(Organization, { id: organizationId }, { blockedFileExtensions: list }));
    return list ?? [...BLOCKED_EXTENSIONS].sort();
  }

  /** Removes an upload the request then refused (its row and its stored object). */
  async discard(viewer: FileViewer, id: string): Promise<void> {
    const row = await this.tenant.run(viewer.organizationId, async (tx) => {
      const found = await tx.findOneBy(Attachment, { id });
      if (found) await tx.delete(Attachment, { id });
      return found;
    });
    if (row) await this.storage.delete(row.storageKey);
  }

  /**
   * The file `id` when `viewer` may read it, else null — the same null for a malformed id, a missing
   * row, another organization's row, or one the viewer may not see, so the answer tells nothing.
   */
  async open(viewer: FileViewer, id: string): Promise<DownloadableFile | null> {
    if (!isUuid(id)) return null;
    const row = await this.tenant.run(viewer.organizationId, async (tx) => {
      const attachment = await tx.findOneBy(Attachment, { id });
      return attachment && (await this.mayRead(tx, viewer, attachment)) ? attachment : null;
    });
    if (!row) return null;
    const file = await this.storage.get(row.storageKey);
    if (!file) return null;
    const { head, stream } = await peek(file.stream);
    // Inline only when the stored type is an image type and the bytes still say so.
    const inline = INLINE_TYPES.has(row.contentType) && imageType(head) === row.contentType;
    return { fileName: row.fileName, contentType: row.contentType, byteSize: file.bytes, inline, stream };
  }

  /**
   * The files attached to each of `messageIds`, oldest upload first. A contact gets files of public
   * replies on their own tickets only, decided in the SQL (the messages they can already see), so a
   * contact's request never reads an internal note's file even when handed its message id.
   */
  async forMessages(viewer: FileViewer, messageIds: readonly string[]): Promise<Map<string, Attachment[]>> {
    const byMessage = new Map<string, Attachment[]>();
    const ids = messageIds.filter(isUuid);
    if (!ids.length) return byMessage;
    const rows = await this.tenant.run(viewer.organizationId, (tx) =>
      readable(tx.select(Attachment, 'a').andWhere('a.message_id IN (:...ids)', { ids }), viewer)
        .orderBy('a.created_at', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany(),
    );
    for (const row of rows) {
      const list = byMessage.get(row.messageId as string) ?? [];
      list.push(row);
      byMessage.set(row.messageId as string, list);
    }
    return byMessage;
  }

  /** Attached files by id, among those the viewer may read (as in `forMessages`); for naming a form's file answers. */
  async attachedById(viewer: FileViewer, ids: readonly string[]): Promise<Map<string, Attachment>> {
    const wanted = ids.filter(isUuid).map((id) => id.toLowerCase());
    if (!wanted.length) return new Map();
    const rows = await this.tenant.run(viewer.organizationId, (tx) =>
      readable(
        tx.select(Attachment, 'a').andWhere('a.id IN (:...wanted)', { wanted }).andWhere('a.message_id IS NOT NULL'),
        viewer,
      ).getMany(),
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * The uploader while unattached; once attached, whoever may read the message: any agent of the
   * organization, or a contact who may read the ticket (ticket-access.ts) for a public reply (never an internal note).
   */
  private async mayRead(tx: TenantTx, viewer: FileViewer, row: Attachment): Promise<boolean> {
    if (!row.messageId) {
      return viewer.kind === 'agent' ? row.uploadedByAgentId === viewer.agentId : row.uploadedByContactId === viewer.contactId;
    }
    if (viewer.kind === 'agent') return true;
    const message = await tx.findOneBy(TicketMessage, { id: row.messageId });
    if (!message || message.kind !== 'public_reply') return false;
    return tx
      .select(Ticket, 't')
      .andWhere('t.id = :ticketId', { ticketId: message.ticketId })
      .andWhere(contactMayRead('t'), accessParams(viewer))
      .getExists();
  }
}

/** Narrows attached files to those whose message the viewer can read: any for an agent; public replies of tickets a contact may read. */
function readable(qb: SelectQueryBuilder<Attachment>, viewer: FileViewer): SelectQueryBuilder<Attachment> {
  if (viewer.kind === 'agent') return qb;
  return qb.andWhere(
    `a.message_id IN (SELECT m.id FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id
      WHERE m.organization_id = :accessOrganizationId AND t.organization_id = :accessOrganizationId
        AND m.kind = 'public_reply' AND ${contactMayRead('t')})`,
    accessParams(viewer),
  );
}
