import { LOGO_MAX_BYTES, logoProblem, looksLikeMarkup, normalizeImageType, sniffImage } from './logo-image';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function png(width: number, height: number, extra = 0): Uint8Array {
  const b = new Uint8Array(33 + extra);
  b.set(PNG_SIGNATURE);
  b.set([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 8);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

function jpeg(width: number, height: number): Uint8Array {
  // SOI, an APP0 segment, then SOF2 (progressive) with the frame size.
  const app0 = [0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46];
  const sof = [0xff, 0xc2, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

function webpLossless(width: number, height: number): Uint8Array {
  const b = new Uint8Array(30);
  const text = (s: string, at: number) =>
    b.set(
      [...s].map((c) => c.charCodeAt(0)),
      at,
    );
  text('RIFF', 0);
  text('WEBP', 8);
  text('VP8L', 12);
  b[20] = 0x2f;
  const bits = (width - 1) | ((height - 1) << 14);
  b.set([bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255], 21);
  return b;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('logo files', () => {
  it('recognises PNG, JPEG and WebP by their bytes and reads their size', () => {
    expect(sniffImage(png(120, 40))).toEqual({ type: 'image/png', width: 120, height: 40 });
    expect(sniffImage(jpeg(300, 100))).toEqual({ type: 'image/jpeg', width: 300, height: 100 });
    expect(sniffImage(webpLossless(64, 32))).toEqual({ type: 'image/webp', width: 64, height: 32 });
    expect(sniffImage(text('GIF89a....'))).toBeNull();
  });

  it('accepts a real PNG, JPEG or WebP sent with its own type', () => {
    expect(logoProblem(png(120, 40), 'image/png')).toBeNull();
    expect(logoProblem(jpeg(300, 100), 'image/jpg')).toBeNull();
    expect(logoProblem(webpLossless(64, 32), 'image/webp')).toBeNull();
  });

  it('refuses a file whose bytes do not match its declared type', () => {
    expect(logoProblem(jpeg(300, 100), 'image/png')).toBe(
      "The logo's content is a JPEG image, but it was sent as image/png. Its type and content must match: upload the file unchanged.",
    );
    expect(logoProblem(text('GIF89a....'), 'image/png')).toContain('its content is not a PNG image');
    expect(logoProblem(text('<svg onload="alert(1)"/>'), 'image/png')).toContain('SVG or HTML markup');
  });

  it('refuses SVG, other types, empty, oversized and enormous images with a reason', () => {
    expect(logoProblem(text('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')).toContain("SVG logos aren't accepted");
    expect(logoProblem(text('GIF89a'), 'image/gif')).toContain('must be a PNG, JPEG or WebP');
    expect(logoProblem(new Uint8Array(), 'image/png')).toBe('The logo file is empty.');
    expect(logoProblem(png(10, 10, LOGO_MAX_BYTES), 'image/png')).toContain('the limit is 512 KB');
    expect(logoProblem(png(10, 10, LOGO_MAX_BYTES - 33), 'image/png')).toBeNull();
    expect(logoProblem(png(20000, 20000), 'image/png')).toContain('limit is 4096 pixels');
    expect(logoProblem(new Uint8Array(PNG_SIGNATURE), 'image/png')).toContain('incomplete or damaged');
  });

  it('normalizes declared types and spots markup behind a BOM and whitespace', () => {
    expect(normalizeImageType(' Image/JPEG; charset=binary')).toBe('image/jpeg');
    expect(looksLikeMarkup(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a, 0x3c]))).toBe(true);
    expect(looksLikeMarkup(png(1, 1))).toBe(false);
  });
});
