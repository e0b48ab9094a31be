import { Readable } from 'node:stream';
import { MAX_UPLOAD_BYTES } from '@actionconnect/shared';

// What an upload may be (SECURITY.md 24): its size, its name and its bytes. Pure functions, so the
// route and any later entry point (inbound mail) apply the same rules.

/** The largest file we accept, shared with the clients (packages/shared). */
export { MAX_UPLOAD_BYTES };

/** How many bytes `sniff` looks at (the longest signature below is 12). */
export const SNIFF_BYTES = 16;

/** Types a browser may render in the page (`Content-Disposition: inline`); only ever decided from the bytes. */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Names ending in these run code when opened on Windows, macOS or Android: refused whatever the bytes say. */
export const BLOCKED_EXTENSIONS: ReadonlySet<string> = new Set([
  'exe',
  'bat',
  'cmd',
  'com',
  'msi',
  'scr',
  'js',
  'vbs',
  'ps1',
  'sh',
  'jar',
  'apk',
  'dll',
]);

/** At most this many extensions on an organization's block list. */
export const MAX_BLOCKED_EXTENSIONS = 200;

/**
 * An organization's block list as typed by an admin: each entry trimmed, without a leading dot,
 * lowercased, de-duplicated and sorted. Null (with the offending entry) when one is not 1–16 letters
 * and digits, or there are more than MAX_BLOCKED_EXTENSIONS.
 */
export function normalizeBlockedExtensions(raw: readonly string[]): { ok: true; extensions: string[] } | { ok: false; message: string } {
  if (raw.length > MAX_BLOCKED_EXTENSIONS) return { ok: false, message: `List at most ${MAX_BLOCKED_EXTENSIONS} file types.` };
  const out = new Set<string>();
  for (const entry of raw) {
    const extension = entry.trim().replace(/^\./, '').toLowerCase();
    if (!/^[a-z0-9]{1,16}$/.test(extension)) {
      return {
        ok: false,
        message: `"${entry.slice(0, 40)}" is not a file type: write extensions such as exe or .zip (letters and digits).`,
      };
    }
    out.add(extension);
  }
  return { ok: true, extensions: [...out].sort() };
}

const MAX_NAME_LENGTH = 255;
// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that make `exe.pdf` of `fdp.exe`.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why an upload's name is refused, or the name to store. */
export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/**
 * The name to store for an uploaded file: NFC, trimmed, trailing dots and spaces dropped (Windows
 * ignores them, so `a.exe.` is `a.exe`), at most 255 characters keeping the extension. A name with a
 * path separator, a control character, an extension in `blocked` (the organization's block list;
 * programs and scripts by default), or nothing left, is refused.
 */
export function checkFileName(raw: string, blocked: ReadonlySet<string> = BLOCKED_EXTENSIONS): NameCheck {
  const name = raw
    .normalize('NFC')
    .trim()
    .replace(/[. ]+$/, '');
  if (/[/\\]/.test(name)) return { ok: false, message: 'The file name must not contain / or \\.' };
  if (CONTROL.test(name)) return { ok: false, message: 'The file name must not contain control characters.' };
  if (!name || name === '.' || name === '..') return { ok: false, message: 'The file needs a name.' };
  const extension = extensionOf(name);
  if (extension && blocked.has(extension)) return { ok: false, message: `Files of type .${extension} cannot be uploaded.` };
  return { ok: true, name: shorten(name) };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const extension = extensionOf(name);
  const tail = extension && extension.length < 20 ? `.${extension}` : '';
  return chars.slice(0, MAX_NAME_LENGTH - tail.length).join('') + tail;
}

/** What the first bytes say: an executable to refuse, or the media type to store. */
export type Sniffed = { executable: true } | { executable: false; contentType: string };

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/**
 * The type of a file from its first bytes. Executables (`MZ` PE, ELF, Mach-O and fat binaries, `#!`
 * scripts) are refused; png, jpeg, gif and webp keep their type; everything else is stored as
 * `application/octet-stream`, so nothing the uploader claims ever reaches a Content-Type.
 */
export function sniff(head: Buffer): Sniffed {
  const executable =
    startsWith(head, [0x4d, 0x5a]) ||
    startsWith(head, [0x7f, 0x45, 0x4c, 0x46]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(head, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(head, [0xce, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) ||
    startsWith(head, [0x23, 0x21]);
  if (executable) return { executable: true };
  return { executable: false, contentType: imageType(head) ?? 'application/octet-stream' };
}

/** What the bytes of a file must start with, for the extensions whose format has a signature. */
const SIGNATURE_OF_EXTENSION: Readonly<Record<string, { label: string; matches(head: Buffer): boolean }>> = (() => {
  const image = (type: string, label: string) => ({ label, matches: (head: Buffer) => imageType(head) === type });
  const pdf = { label: 'PDF', matches: (head: Buffer) => startsWith(head, [0x25, 0x50, 0x44, 0x46]) };
  // Office Open XML and OpenDocument files are zip archives.
  const zip = {
    label: 'zip',
    matches: (head: Buffer) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]),
  };
  return {
    png: image('image/png', 'PNG image'),
    jpg: image('image/jpeg', 'JPEG image'),
    jpeg: image('image/jpeg', 'JPEG image'),
    gif: image('image/gif', 'GIF image'),
    webp: image('image/webp', 'WebP image'),
    pdf,
    zip,
    docx: zip,
    xlsx: zip,
    pptx: zip,
    odt: zip,
    ods: zip,
  };
})();

/**
 * Why a file's first bytes contradict its name (a `.png` that is not a PNG, a `.pdf` that is not a
 * PDF), or null. Only extensions whose format has a signature are checked; others say nothing.
 */
export function contentsContradictName(name: string, head: Buffer): string | null {
  const extension = extensionOf(name);
  const expected = SIGNATURE_OF_EXTENSION[extension];
  if (!expected || expected.matches(head)) return null;
  return `This file is named .${extension} but its contents are not a ${expected.label}. Check the file and upload it again.`;
}

/** png, jpeg, gif or webp when the bytes carry that signature; null otherwise. */
export function imageType(head: Buffer): string | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38]) && (head[4] === 0x37 || head[4] === 0x39) && head[5] === 0x61) return 'image/gif';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/**
 * Reads the first `size` bytes of `stream` (fewer if it ends first) and gives them back with a
 * stream of every byte, those included: the head decides the type before storage sees any byte,
 * and nothing past the head is held.
 */
export async function peek(stream: Readable, size = SNIFF_BYTES): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const whole = Readable.from(all(), { objectMode: false });
  // Destroying the copy (a failed put) stops the source too.
  whole.once('close', () => {
    if (!stream.destroyed && !stream.readableEnded) stream.destroy();
  });
  return { head: Buffer.concat(chunks).subarray(0, size), stream: whole };
}
