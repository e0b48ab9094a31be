import { encodePng, pngChunk } from '../src/db/seed/png';

/**
 * A real PNG of one colour (8-bit RGB). `padTo` appends an ancillary chunk of random bytes until
 * the file is that long, for size limits (random so it does not compress away anywhere).
 */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [194, 65, 12], padTo = 0): Buffer {
  const plain = encodePng(width, height, () => rgb);
  if (padTo <= plain.length + 12) return plain;
  const filler = Buffer.alloc(padTo - plain.length - 12);
  for (let i = 0; i < filler.length; i++) filler[i] = (i * 7919 + 13) & 255;
  return encodePng(width, height, () => rgb, [pngChunk('zzPd', filler)]);
}

/** The smallest JPEG header that names its size (SOI, APP0, SOF0, EOI): enough for type sniffing. */
export function jpegHeader(width: number, height: number): Buffer {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00];
  return Buffer.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9]);
}
