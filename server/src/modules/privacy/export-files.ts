import type { Attachment } from '../attachments/attachment.entity';
import type { FileStorage } from '../attachments/file-storage';

/**
 * At most this many bytes of file content go into one export (base64 makes the JSON about a third
 * larger). Files past the budget are listed with their download path instead, so an export stays
 * one bounded download and one bounded buffer on the server, whatever the contact uploaded.
 */
export const EXPORT_FILE_BUDGET_BYTES = 20 * 1024 * 1024;

/** An uploaded file and the request it is attached to (null: not attached yet). */
export interface ExportFileRow {
  attachment: Attachment;
  request: number | null;
}

/** The files section: each file's metadata, and its bytes as base64 while the budget lasts. */
export async function exportFiles(rows: readonly ExportFileRow[], storage: FileStorage, budget = EXPORT_FILE_BUDGET_BYTES) {
  let left = budget;
  const out = [];
  for (const { attachment: a, request } of rows) {
    const entry = {
      name: a.fileName,
      contentType: a.contentType,
      byteSize: a.byteSize,
      sha256: a.sha256,
      uploadedAt: a.createdAt.toISOString(),
      request,
      // Works while signed in to the portal, for a file on a request the contact may still read.
      downloadPath: `/attachments/${a.id}`,
      contentBase64: null as string | null,
      contentOmitted: null as 'over-export-budget' | 'missing-from-storage' | null,
    };
    if (a.byteSize > left) {
      entry.contentOmitted = 'over-export-budget';
    } else {
      const content = await readAll(storage, a.storageKey);
      if (content) {
        entry.contentBase64 = content.toString('base64');
        left -= content.length;
      } else {
        entry.contentOmitted = 'missing-from-storage';
      }
    }
    out.push(entry);
  }
  return out;
}

async function readAll(storage: FileStorage, key: string): Promise<Buffer | null> {
  const file = await storage.get(key);
  if (!file) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
