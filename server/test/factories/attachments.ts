// Uploaded files, as rows only: what attaching and listing need. Tests that download bytes upload
// through POST /attachments instead, so the stored object exists too.
import { randomBytes } from 'node:crypto';
import type { DeepPartial } from 'typeorm';
import { Attachment } from '../../src/modules/attachments/attachment.entity';
import { newStorageKey } from '../../src/modules/attachments/file-storage';
import { buildContact, managerOf, organizationIdOf, save, unique, type Writer } from './core';

/** Saves an unattached upload (a contact's, a new one unless an uploader is given), creating an organization unless given. */
export async function buildAttachment(m: Writer, overrides: DeepPartial<Attachment> = {}): Promise<Attachment> {
  const em = managerOf(m);
  const organizationId = await organizationIdOf(em, overrides.organizationId);
  const uploader =
    overrides.uploadedByAgentId || overrides.uploadedByContactId
      ? {}
      : { uploadedByContactId: (await buildContact(em, { organizationId })).id };
  return save(em, Attachment, {
    storageKey: newStorageKey(organizationId),
    fileName: `file-${unique()}.pdf`,
    contentType: 'application/octet-stream',
    byteSize: 1234,
    sha256: randomBytes(32).toString('hex'),
    ...uploader,
    ...overrides,
    organizationId,
  });
}
