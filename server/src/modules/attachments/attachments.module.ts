import type { ServiceDeps } from '../../compose';
import type { Config } from '../../config';
import { AttachmentService } from './attachment.service';
import { AttachmentSweeper, type AttachmentSweeperOptions } from './attachment.sweeper';
import { DiskStorage } from './disk-storage';
import type { FileStorage } from './file-storage';
import { createS3Client, S3Storage } from './s3-storage';

/** Uploaded files: where they are stored, the sweeper that removes those never attached, and up- and download. */
export interface AttachmentServices {
  storage: FileStorage;
  sweeper: AttachmentSweeper;
  /** Uploads, and downloads for those who may read them. */
  files: AttachmentService;
}

/** The storage `config.files` names: the disk folder, or the S3 bucket. */
export function createFileStorage(files: Config['files']): FileStorage {
  return files.kind === 'disk' ? new DiskStorage(files.dir) : new S3Storage(createS3Client(files), files.bucket);
}

/** Builds the attachment services; `storage` replaces the configured one (tests). */
export function buildAttachmentServices(
  deps: ServiceDeps,
  seams: { storage?: FileStorage; sweeper?: AttachmentSweeperOptions } = {},
): AttachmentServices {
  const storage = seams.storage ?? createFileStorage(deps.config.files);
  const log = deps.logger.child({ component: 'attachments' });
  return {
    storage,
    sweeper: new AttachmentSweeper(deps.crossTenant, storage, log, seams.sweeper),
    files: new AttachmentService(deps.tenant, storage),
  };
}
