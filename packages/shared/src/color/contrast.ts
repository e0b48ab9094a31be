/** A colour as 8-bit sRGB channels. */
export interface RgbColor {
  r: number;
  g: number;
  b: number;
}

/** A hex string (#rgb or #rrggbb) or already-parsed channels. */
export type ColorInput = string | RgbColor;

/** WCAG 2.x level AA minimum for normal text. */
export const WCAG_AA_NORMAL_TEXT = 4.5;
/** WCAG 2.x level AA minimum for large text (18pt, or 14pt bold). */
export const WCAG_AA_LARGE_TEXT = 3;

const BLACK: RgbColor = Object.freeze({ r: 0, g: 0, b: 0 });
const WHITE: RgbColor = Object.freeze({ r: 255, g: 255, b: 255 });

/** Parses #rgb or #rrggbb (any case); returns null for anything else, including names, alpha and stray spaces. */
export function parseHexColor(input: string): RgbColor | null {
  if (typeof input !== 'string') return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(input);
  if (short) {
    const [r, g, b] = short.slice(1).map((digit) => parseInt(digit + digit, 16));
    return { r, g, b };
  }
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(input);
  if (!long) return null;
  const [r, g, b] = long.slice(1).map((pair) => parseInt(pair, 16));
  return { r, g, b };
}

/** WCAG 2.x relative luminance, from 0 (black) to 1 (white); throws RangeError on an unparseable hex string. */
export function relativeLuminance(color: ColorInput): number {
  const { r, g, b } = toRgb(color);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio between two colours, from 1 to 21, whichever order they are given in. */
export function contrastRatio(a: ColorInput, b: ColorInput): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white text, whichever contrasts more with the background (black on a tie). */
export function bestTextColor(background: ColorInput): '#000000' | '#ffffff' {
  return contrastRatio(BLACK, background) >= contrastRatio(WHITE, background) ? '#000000' : '#ffffff';
}

/** Whether text in `fg` on `bg` meets WCAG 2.x AA: 4.5:1, or 3:1 for large text. */
export function meetsWcagAA(fg: ColorInput, bg: ColorInput, options: { largeText?: boolean } = {}): boolean {
  // WCAG forbids rounding: 4.48 fails even though it would display as 4.5.
  return contrastRatio(fg, bg) >= (options.largeText ? WCAG_AA_LARGE_TEXT : WCAG_AA_NORMAL_TEXT);
}

function toRgb(color: ColorInput): RgbColor {
  if (typeof color !== 'string') return color;
  const parsed = parseHexColor(color);
  if (!parsed) throw new RangeError(`Not a #rgb or #rrggbb colour: ${JSON.stringify(color)}`);
  return parsed;
}

function linear(channel: number): number {
  const c = channel / 255;
  // WCAG 2.x prints 0.03928 here, sRGB says 0.04045; no 8-bit value falls between them.
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
