import { bestTextColor, contrastRatio, parseHexColor, WCAG_AA_NORMAL_TEXT } from '../color/contrast';

/** Longest value of each branding text, in characters (the database columns allow at least this much). */
export const BRANDING_TEXT_LIMITS = Object.freeze({
  displayName: 120,
  welcomeHeadline: 200,
  welcomeIntro: 1000,
  signInText: 1000,
  footerText: 500,
});

/** A branding text field. */
export type BrandingTextField = keyof typeof BRANDING_TEXT_LIMITS;

/** Texts that are one line (names, headlines); the others may hold line breaks. */
const SINGLE_LINE: ReadonlySet<BrandingTextField> = new Set(['displayName', 'welcomeHeadline']);

const LABELS: Record<BrandingTextField, string> = {
  displayName: 'Display name',
  welcomeHeadline: 'Welcome headline',
  welcomeIntro: 'Welcome text',
  signInText: 'Sign-in page text',
  footerText: 'Footer text',
};

/** `#abc` or `#AABBCC` as `#aabbcc`; null for anything that is not a hex colour. */
export function normalizeHexColor(input: string): string | null {
  const rgb = parseHexColor(typeof input === 'string' ? input.trim() : '');
  if (!rgb) return null;
  return `#${[rgb.r, rgb.g, rgb.b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** How well text reads on the primary colour. */
export interface PrimaryContrast {
  /** The text colour used: the chosen one, or black/white when left automatic. */
  textColor: string;
  ratio: number;
  /** Whether it reaches WCAG AA for normal text (4.5:1). */
  passes: boolean;
}

/**
 * Contrast of the text placed on the primary colour (headers, buttons). With no chosen text
 * colour, black or white is used, whichever contrasts more. Both colours must be valid hex.
 */
export function primaryTextContrast(primaryColor: string, textColor: string | null): PrimaryContrast {
  const text = textColor ?? bestTextColor(primaryColor);
  const ratio = contrastRatio(text, primaryColor);
  return { textColor: text, ratio, passes: ratio >= WCAG_AA_NORMAL_TEXT };
}

/** A ratio as people read it, truncated rather than rounded so 4.497 never shows as 4.5: "4.49:1". */
export function formatContrastRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace(/\.?0+$/, '')}:1`;
}

/** The message shown when text on the primary colour is too faint, or null when it reads well. */
export function primaryContrastProblem(primaryColor: string, textColor: string | null): string | null {
  const { ratio, passes } = primaryTextContrast(primaryColor, textColor);
  if (passes) return null;
  return (
    `Text on the primary color would have a contrast of ${formatContrastRatio(ratio)}; WCAG AA needs at least 4.5:1. ` +
    'Choose a darker or lighter primary color, or let the text color be chosen automatically.'
  );
}

/** The problem with a branding text, or null. `value` is taken as the caller will store it (trimmed). */
export function brandingTextProblem(field: BrandingTextField, value: string): string | null {
  const label = LABELS[field];
  const limit = BRANDING_TEXT_LIMITS[field];
  if (field === 'welcomeHeadline' && value.length === 0) return `${label} can't be empty.`;
  if ([...value].length > limit) return `${label} is ${[...value].length} characters long; the limit is ${limit}.`;
  // Control characters break emails and titles; line breaks are fine in paragraph texts only.
  const lineBreaksAllowed = !SINGLE_LINE.has(field);
  const bad = [...value].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 || code === 0x7f) && !(lineBreaksAllowed && c === '\n');
  });
  if (bad) return SINGLE_LINE.has(field) ? `${label} must be a single line of text.` : `${label} contains characters that can't be shown.`;
  return null;
}

/** Trims a branding text and unifies line breaks to `\n`. */
export function cleanBrandingText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/** The colours a portal page is drawn with, derived from the brand the same way the portal does. */
export interface BrandPalette {
  primary: string;
  onPrimary: string;
  accent: string;
  onAccent: string;
  /** Links on the white page: the primary colour if it reads well there, else the accent, else a neutral ink. */
  link: string;
}

const PAGE_BACKGROUND = '#ffffff';
const NEUTRAL_LINK = '#1e293b';

/** The palette for valid hex colours (see client-portal's brand-theme.util.ts, which applies the same rules). */
export function brandPalette(primaryColor: string, primaryTextColor: string | null, accentColor: string): BrandPalette {
  const link = [primaryColor, accentColor].find((c) => contrastRatio(c, PAGE_BACKGROUND) >= WCAG_AA_NORMAL_TEXT) ?? NEUTRAL_LINK;
  return {
    primary: primaryColor,
    onPrimary: primaryTextContrast(primaryColor, primaryTextColor).textColor,
    accent: accentColor,
    onAccent: bestTextColor(accentColor),
    link,
  };
}
