/** Image types accepted as a logo. SVG is refused: it is a document that can carry scripts and links. */
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** An accepted logo type. */
export type LogoContentType = (typeof LOGO_CONTENT_TYPES)[number];
/** Largest logo file accepted, in bytes (512 KB). */
export const LOGO_MAX_BYTES = 512 * 1024;
/** Largest width or height, so a small file cannot expand to a huge bitmap in every visitor's browser. */
export const LOGO_MAX_SIDE_PX = 4096;

const NAMES: Record<LogoContentType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };

/** What the first bytes of a file say it is. */
export interface SniffedImage {
  type: LogoContentType;
  /** Pixel size read from the header; null when the header is cut short or damaged. */
  width: number | null;
  height: number | null;
}

/** Whether a content type is one of the accepted logo types. */
export function isLogoContentType(type: string): type is LogoContentType {
  return (LOGO_CONTENT_TYPES as readonly string[]).includes(type);
}

/** `Image/JPG; charset=x` → `image/jpeg`: lower-case, no parameters, the common JPEG alias mapped. */
export function normalizeImageType(type: string): string {
  const bare = (type ?? '').split(';')[0].trim().toLowerCase();
  return bare === 'image/jpg' || bare === 'image/pjpeg' ? 'image/jpeg' : bare;
}

/** Identifies PNG, JPEG and WebP by their magic bytes (never by name or declared type) and reads their size. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'image/png', ...pngSize(bytes) };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { type: 'image/jpeg', ...jpegSize(bytes) };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { type: 'image/webp', ...webpSize(bytes) };
  return null;
}

/** Whether the bytes look like SVG or other XML/HTML markup (after an optional BOM and whitespace). */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && i < 1024 && [0x09, 0x0a, 0x0d, 0x20].includes(bytes[i])) i++;
  return bytes[i] === 0x3c; // '<'
}

const SVG_REFUSED =
  "SVG logos aren't accepted: an SVG file can carry scripts and links. Export the logo as a PNG, JPEG or WebP image and upload that.";

/**
 * Why a logo upload is refused, or null when it is acceptable: an accepted type, at most 512 KB,
 * content whose magic bytes match the declared type, and at most 4096 pixels a side.
 */
export function logoProblem(bytes: Uint8Array, declaredType: string): string | null {
  const declared = normalizeImageType(declaredType);
  if (declared === 'image/svg+xml') return SVG_REFUSED;
  if (!isLogoContentType(declared))
    return `The logo must be a PNG, JPEG or WebP image; ${declared || 'a file without a type'} isn't accepted.`;
  if (bytes.length === 0) return 'The logo file is empty.';
  const tooLarge = logoSizeProblem(bytes.length);
  if (tooLarge) return tooLarge;
  const sniffed = sniffImage(bytes);
  if (!sniffed && looksLikeMarkup(bytes)) {
    return `The logo was sent as ${declared}, but its content is SVG or HTML markup, not a ${NAMES[declared]} image. ${SVG_REFUSED}`;
  }
  if (!sniffed)
    return `The logo was sent as a ${NAMES[declared]} image (${declared}), but its content is not a ${NAMES[declared]} image. Upload a real PNG, JPEG or WebP file.`;
  if (sniffed.type !== declared) {
    return `The logo's content is a ${NAMES[sniffed.type]} image, but it was sent as ${declared}. Its type and content must match: upload the file unchanged.`;
  }
  if (sniffed.width === null || sniffed.height === null || sniffed.width === 0 || sniffed.height === 0) {
    return `The logo's ${NAMES[sniffed.type]} data is incomplete or damaged. Export it again and upload the new file.`;
  }
  if (sniffed.width > LOGO_MAX_SIDE_PX || sniffed.height > LOGO_MAX_SIDE_PX) {
    return `The logo is ${sniffed.width}×${sniffed.height} pixels; the limit is ${LOGO_MAX_SIDE_PX} pixels a side.`;
  }
  return null;
}

/** The message for a logo of this many bytes when it is over the limit, else null. */
export function logoSizeProblem(byteLength: number): string | null {
  if (byteLength <= LOGO_MAX_BYTES) return null;
  return `The logo is ${Math.ceil(byteLength / 1024)} KB; the limit is ${LOGO_MAX_BYTES / 1024} KB. Export it smaller and try again.`;
}

type Size = { width: number | null; height: number | null };
const UNKNOWN: Size = { width: null, height: null };

function pngSize(b: Uint8Array): Size {
  // The first chunk must be IHDR: length (4), "IHDR", width (4, big-endian), height (4).
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return UNKNOWN;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function jpegSize(b: Uint8Array): Size {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return UNKNOWN;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return UNKNOWN; // end of image, or scan data before any frame header
    const length = (b[i + 2] << 8) | b[i + 3];
    if (length < 2) return UNKNOWN;
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) return UNKNOWN;
      return { height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8] };
    }
    i += 2 + length;
  }
  return UNKNOWN;
}

function webpSize(b: Uint8Array): Size {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { width: ((b[27] << 8) | b[26]) & 0x3fff, height: ((b[29] << 8) | b[28]) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    return { width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) };
  }
  return UNKNOWN;
}

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((byte, i) => b[i] === byte);
}

function ascii(b: Uint8Array, offset: number, length: number): string {
  if (b.length < offset + length) return '';
  return String.fromCharCode(...b.subarray(offset, offset + length));
}

function u32be(b: Uint8Array, offset: number): number {
  return ((b[offset] << 24) >>> 0) + ((b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3]);
}
