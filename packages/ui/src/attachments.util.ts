// How files are named and described on screen, in both apps: types, pasted images, links (sizes:
// formatByteSize in @actionconnect/shared). Pure functions, so the picker and the timelines say the
// same thing and tests can read it.

const IMAGE_NAMES: Readonly<Record<string, string>> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
};

/**
 * What kind of file this is, in a word: "PNG image" for the image types the server recognises from
 * the bytes, else the name's extension ("PDF", "ZIP"), else "File". The server stores every other
 * file as application/octet-stream, so for those only the name says anything.
 */
export function fileTypeLabel(fileName: string, contentType: string): string {
  const image = IMAGE_NAMES[contentType.toLowerCase()];
  if (image) return image;
  const extension = extensionOf(fileName);
  return extension && extension.length <= 8 ? extension.toUpperCase() : 'File';
}

/** The extension of a file name, lower case, without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : '';
}

const PASTED_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/tiff': 'tiff',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A name for an image pasted from the clipboard, which browsers call "image.png" whatever it is:
 * `pasted-image-2026-12-02-0412.png` (local time), with `-2`, `-3`… when that name is already taken
 * (two screenshots pasted in the same minute).
 */
export function pastedImageName(contentType: string, at: Date, taken: ReadonlySet<string> = new Set()): string {
  const extension = PASTED_EXTENSIONS[contentType.toLowerCase()] ?? 'png';
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const base = `pasted-image-${stamp}`;
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.${extension}`;
  return name;
}

/**
 * Whether a pasted file carries the browser's placeholder name rather than one the person chose:
 * Chrome and Firefox call a screenshot "image.png", Safari sometimes gives no name at all.
 */
export function hasPlaceholderName(fileName: string): boolean {
  return fileName.trim() === '' || /^image\.(png|jpe?g|gif|webp|bmp|tiff?)$/i.test(fileName.trim());
}

/**
 * Where an attachment is read from: the API's own same-host path, or `/attachments/<id>` when the
 * answer holds anything else, so a link in the timeline never leads off the help desk.
 */
export function attachmentHref(attachment: { id: string; url: string }): string {
  return /^\/attachments\/[^/?#]+$/.test(attachment.url) ? attachment.url : `/attachments/${encodeURIComponent(attachment.id)}`;
}

/** What a paste or a drop carries, as DataTransfer has it. */
export interface TransferLike<T> {
  readonly files?: ArrayLike<T> | null;
  readonly types?: ArrayLike<string> | null;
  getData(format: string): string;
}

/**
 * The files a paste should attach. None when the clipboard holds text as well: spreadsheets and
 * word processors put a picture of the copied cells beside their text, and the text is what was
 * meant. A screenshot, or an image copied from a browser, comes without text and is attached.
 */
export function filesToAttachFromPaste<T>(data: TransferLike<T>): T[] {
  const files = Array.from(data.files ?? []);
  if (files.length === 0) return [];
  return data.getData('text/plain').trim() === '' ? files : [];
}

/** Whether something dragged over the page is files (not a selection of text or a link). */
export function isFileDrag(data: Pick<TransferLike<unknown>, 'types'> | null | undefined): boolean {
  return Array.from(data?.types ?? []).includes('Files');
}
