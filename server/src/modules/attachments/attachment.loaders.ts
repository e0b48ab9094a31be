import DataLoader from 'dataloader';
import type { Viewer } from '../../auth/viewer';
import { forbidden } from '../../errors';
import type { Attachment } from './attachment.entity';
import type { AttachmentService, FileViewer } from './attachment.service';

/** Per-request loaders of attached files, bound to the viewer (which files a contact may read is decided in the SQL). */
export interface AttachmentLoaders {
  /** By message id: the files the viewer may read on that message (none on a message they cannot read). */
  messageAttachments: DataLoader<string, Attachment[]>;
  /** By attachment id: an attached file the viewer may read, or null. */
  attachedFile: DataLoader<string, Attachment | null>;
}

/** Creates the attachment loaders of one request; an anonymous viewer is refused (fail closed). */
export function createAttachmentLoaders(files: AttachmentService, viewer: Viewer): AttachmentLoaders {
  const reader = (): FileViewer => {
    if (viewer.kind === 'agent') return { kind: 'agent', organizationId: viewer.organizationId, agentId: viewer.agentId };
    if (viewer.kind === 'contact') return { kind: 'contact', organizationId: viewer.organizationId, contactId: viewer.contactId };
    throw forbidden();
  };
  return {
    messageAttachments: new DataLoader(async (messageIds) => {
      const found = await files.forMessages(reader(), messageIds);
      return messageIds.map((id) => found.get(id) ?? []);
    }),
    attachedFile: new DataLoader(async (ids) => {
      const found = await files.attachedById(reader(), ids);
      return ids.map((id) => found.get(id.toLowerCase()) ?? null);
    }),
  };
}
