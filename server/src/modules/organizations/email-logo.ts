import { Resvg } from '@resvg/resvg-js';
import { sniffImage } from '@actionconnect/shared';

/** Height the email logo is drawn at: twice the 40 CSS pixels emails show it at, for sharp screens. */
const EMAIL_LOGO_HEIGHT_PX = 80;
const MAX_CACHED = 500;

/**
 * The organization's logo as a PNG for emails: Gmail and Outlook show neither SVG nor (Outlook)
 * WebP. A PNG is served as stored; an SVG (the demo logos) or a JPEG or WebP is drawn by resvg at
 * 80 px high. Results are kept per logo version (organization and `logoUpdatedAt`), so each
 * logo is rasterized once per process.
 */
export class EmailLogoCache {
  private readonly cache = new Map<string, Buffer | null>();

  /** The PNG bytes for this version of the logo, or null when it cannot be drawn. */
  png(key: string, logo: { contentType: string; data: Buffer }): Buffer | null {
    if (logo.contentType === 'image/png') return logo.data;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const png = rasterize(logo);
    // Full: start again (bounded, and versions change rarely).
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    this.cache.set(key, png);
    return png;
  }
}

function rasterize(logo: { contentType: string; data: Buffer }): Buffer | null {
  try {
    const svg = logo.contentType === 'image/svg+xml' ? logo.data : wrapRaster(logo);
    if (!svg) return null;
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'height', value: EMAIL_LOGO_HEIGHT_PX },
      // Logos name web fonts servers rarely have (Arial); a sans-serif that Linux images do have reads closer.
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    });
    return resvg.render().asPng();
  } catch {
    return null;
  }
}

// A raster logo inside an SVG of its own size, so resvg decodes and re-encodes it as PNG.
function wrapRaster(logo: { contentType: string; data: Buffer }): string | null {
  const sniffed = sniffImage(logo.data);
  if (!sniffed?.width || !sniffed.height) return null;
  const { width, height } = sniffed;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image width="${width}" height="${height}" xlink:href="data:${sniffed.type};base64,${logo.data.toString('base64')}"/></svg>`;
}
