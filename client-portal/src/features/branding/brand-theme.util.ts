import { bestTextColor, contrastRatio, parseHexColor, WCAG_AA_LARGE_TEXT, WCAG_AA_NORMAL_TEXT } from '@actionconnect/shared';

/** The colour part of a portal's branding, as the API returns it. */
export interface BrandColors {
  primaryColor: string;
  primaryTextColor: string;
  accentColor: string;
}

/** The CSS custom properties the stylesheet reads; everything else is derived from them in CSS. */
export type BrandVariable = '--brand-primary' | '--brand-on-primary' | '--brand-accent' | '--brand-on-accent' | '--brand-link';

/** Colours used when the API sends something that is not a hex colour. */
export const FALLBACK_BRAND: Readonly<BrandColors> = Object.freeze({
  primaryColor: '#2563eb',
  primaryTextColor: '#ffffff',
  accentColor: '#0f172a',
});

const PAGE_BACKGROUND = '#ffffff';
const NEUTRAL_LINK = '#1e293b';

/**
 * Maps branding to CSS variables. Colours are normalized to #rrggbb, and readability is enforced
 * here rather than trusted: text on the primary colour must reach 3:1 (buttons and headings are
 * large or bold), and links on the white page must reach 4.5:1, falling back to the accent and
 * then to a neutral ink when the brand colour is too light.
 */
export function brandCssVariables(branding: BrandColors): Record<BrandVariable, string> {
  const primary = hexOr(branding.primaryColor, FALLBACK_BRAND.primaryColor);
  const accent = hexOr(branding.accentColor, FALLBACK_BRAND.accentColor);
  const suggested = hexOr(branding.primaryTextColor, '');
  const onPrimary = suggested && contrastRatio(suggested, primary) >= WCAG_AA_LARGE_TEXT ? suggested : bestTextColor(primary);
  const link = [primary, accent].find((c) => contrastRatio(c, PAGE_BACKGROUND) >= WCAG_AA_NORMAL_TEXT) ?? NEUTRAL_LINK;
  return {
    '--brand-primary': primary,
    '--brand-on-primary': onPrimary,
    '--brand-accent': accent,
    '--brand-on-accent': bestTextColor(accent),
    '--brand-link': link,
  };
}

/** Sets the brand variables on an element (the document root in the app). */
export function applyBrandVariables(style: Pick<CSSStyleDeclaration, 'setProperty'>, variables: Record<BrandVariable, string>): void {
  for (const [name, value] of Object.entries(variables)) style.setProperty(name, value);
}

/**
 * The favicon for a portal: its logo when it has one, otherwise a rounded square in the brand
 * colour with the name's first letter, as an inline SVG (the CSP allows data: images).
 */
export function brandFaviconHref(displayName: string, logoUrl: string | null, colors: Record<BrandVariable, string>): string {
  if (logoUrl) return logoUrl;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="14" fill="${colors['--brand-primary']}"/>` +
    `<text x="32" y="44" font-family="Arial,Helvetica,sans-serif" font-size="36" font-weight="700" text-anchor="middle" fill="${colors['--brand-on-primary']}">` +
    `${escapeXml(brandInitial(displayName))}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The first letter or digit of a name, upper-cased, for text logos; '?' when there is none. */
export function brandInitial(displayName: string): string {
  const match = /[\p{L}\p{N}]/u.exec(displayName);
  return match ? match[0].toLocaleUpperCase() : '?';
}

function hexOr(input: string, fallback: string): string {
  const rgb = parseHexColor(input);
  if (!rgb) return fallback;
  return `#${[rgb.r, rgb.g, rgb.b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
