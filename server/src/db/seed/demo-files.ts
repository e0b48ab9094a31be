import { Readable } from 'node:stream';
import { MAX_UPLOAD_BYTES } from '@actionconnect/shared';
import type { EntityManager } from 'typeorm';
import { Attachment } from '../../modules/attachments/attachment.entity';
import { newStorageKey, type FileStorage } from '../../modules/attachments/file-storage';
import { checkFileName, sniff } from '../../modules/attachments/upload-rules';
import type { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { encodePng } from './png';

// Tiny demo files, generated rather than shipped as binaries: a real PNG and a real PDF, small
// enough to read in a diff, valid enough for any viewer to open.

/** A `width`×`height` RGB PNG: a band of `rgb` across a light background (a stand-in screenshot). */
export function demoPng(width = 48, height = 32, rgb: [number, number, number] = [37, 99, 235]): Buffer {
  const background = [0xf3, 0xf3, 0xf3] as const;
  return encodePng(width, height, (_x, y) => (y >= height / 3 && y < (2 * height) / 3 ? rgb : background));
}

/** A one-page PDF showing `line` (ASCII), with a correct cross-reference table. */
export function demoPdf(line: string): Buffer {
  const text = line.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Stores one demo file through `storage`, as an upload would be (name checked, type from the bytes),
 * and attaches it to `message`, uploaded by the message's author.
 */
export async function attachDemoFile(
  m: EntityManager,
  storage: FileStorage,
  message: TicketMessage,
  fileName: string,
  bytes: Buffer,
): Promise<Attachment> {
  const name = checkFileName(fileName);
  const sniffed = sniff(bytes);
  if (!name.ok || sniffed.executable) throw new Error(`demo file ${fileName} would be refused as an upload`);
  const storageKey = newStorageKey(message.organizationId);
  const stored = await storage.put(storageKey, Readable.from([bytes]), { contentType: sniffed.contentType, maxBytes: MAX_UPLOAD_BYTES });
  return m.save(
    m.create(Attachment, {
      organizationId: message.organizationId,
      storageKey,
      fileName: name.name,
      contentType: sniffed.contentType,
      byteSize: stored.bytes,
      sha256: stored.sha256,
      uploadedByAgentId: message.authorAgentId,
      uploadedByContactId: message.authorContactId,
      messageId: message.id,
      attachedAt: message.createdAt,
      createdAt: message.createdAt,
    }),
  );
}
