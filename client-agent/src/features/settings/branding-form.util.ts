import {
  brandingTextProblem,
  brandPalette,
  cleanBrandingText,
  normalizeHexColor,
  primaryContrastProblem,
  primaryTextContrast,
  type BrandPalette,
  type BrandingTextField,
  type PrimaryContrast,
} from '@actionconnect/shared';

/** The stored branding, as the settings query returns it. */
export interface StoredBranding {
  organizationName: string;
  displayName?: string | null;
  primaryColor: string;
  primaryTextColor?: string | null;
  accentColor: string;
  welcomeHeadline: string;
  welcomeIntro: string;
  signInText: string;
  footerText: string;
  logoDataUrl?: string | null;
}

/** What happens to the logo on save. */
export type LogoChange = { kind: 'keep' } | { kind: 'remove' } | { kind: 'new'; contentType: string; dataUrl: string; fileName: string };

/** The form's values, as typed: colours may be half-typed, texts untrimmed. */
export interface BrandingDraft {
  displayName: string;
  primaryColor: string;
  /** Automatic black/white text on the primary colour, or the colour in `primaryTextColor`. */
  primaryTextMode: 'auto' | 'custom';
  primaryTextColor: string;
  accentColor: string;
  welcomeHeadline: string;
  welcomeIntro: string;
  signInText: string;
  footerText: string;
  logo: LogoChange;
}

/** Every input of the form that can carry an error. */
export type BrandingField = BrandingTextField | 'primaryColor' | 'primaryTextColor' | 'accentColor' | 'logo';
/** The inputs, in the order they appear (the first with an error gets focus). */
export const BRANDING_FIELDS: readonly BrandingField[] = [
  'displayName',
  'logo',
  'primaryColor',
  'primaryTextColor',
  'accentColor',
  'welcomeHeadline',
  'welcomeIntro',
  'signInText',
  'footerText',
];

/** The form as it opens: the stored values. */
export function draftFromStored(stored: StoredBranding): BrandingDraft {
  return {
    displayName: stored.displayName ?? '',
    primaryColor: stored.primaryColor,
    primaryTextMode: stored.primaryTextColor ? 'custom' : 'auto',
    primaryTextColor: stored.primaryTextColor ?? '#ffffff',
    accentColor: stored.accentColor,
    welcomeHeadline: stored.welcomeHeadline,
    welcomeIntro: stored.welcomeIntro,
    signInText: stored.signInText,
    footerText: stored.footerText,
    logo: { kind: 'keep' },
  };
}

/** The chosen text colour, or null when automatic (a half-typed custom colour counts as typed). */
function chosenTextColor(draft: BrandingDraft): string | null {
  return draft.primaryTextMode === 'auto' ? null : draft.primaryTextColor;
}

/**
 * The same checks the server makes, so the admin hears about a problem while typing: hex colours,
 * text on the primary colour at WCAG AA (4.5:1), and the copy's length limits.
 */
export function draftProblems(draft: BrandingDraft): Partial<Record<BrandingField, string>> {
  const problems: Partial<Record<BrandingField, string>> = {};
  for (const field of ['displayName', 'welcomeHeadline', 'welcomeIntro', 'signInText', 'footerText'] as const) {
    const problem = brandingTextProblem(field, cleanBrandingText(draft[field]));
    if (problem) problems[field] = problem;
  }
  const primary = normalizeHexColor(draft.primaryColor);
  if (!primary) problems.primaryColor = 'Enter a hex color such as #2563eb.';
  if (!normalizeHexColor(draft.accentColor)) problems.accentColor = 'Enter a hex color such as #0f172a.';
  const text = chosenTextColor(draft);
  const textHex = text === null ? null : normalizeHexColor(text);
  if (text !== null && !textHex) problems.primaryTextColor = 'Enter a hex color such as #ffffff, or choose automatic.';
  else if (primary) {
    const problem = primaryContrastProblem(primary, textHex);
    if (problem) problems.primaryTextColor = problem;
  }
  return problems;
}

/** The live contrast of text on the primary colour, or null while a colour is half-typed. */
export function draftContrast(draft: BrandingDraft): PrimaryContrast | null {
  const primary = normalizeHexColor(draft.primaryColor);
  const text = chosenTextColor(draft);
  const textHex = text === null ? null : normalizeHexColor(text);
  if (!primary || (text !== null && !textHex)) return null;
  return primaryTextContrast(primary, textHex);
}

/** The preview's colours: the draft's where valid, otherwise the stored ones (so half-typed colours don't flash). */
export function previewPalette(draft: BrandingDraft, stored: StoredBranding): BrandPalette {
  const primary = normalizeHexColor(draft.primaryColor) ?? stored.primaryColor;
  const accent = normalizeHexColor(draft.accentColor) ?? stored.accentColor;
  const text = chosenTextColor(draft);
  return brandPalette(primary, text === null ? null : (normalizeHexColor(text) ?? null), accent);
}

/** The name the portal shows: the display name, else the organization's name. */
export function previewName(draft: BrandingDraft, stored: StoredBranding): string {
  return cleanBrandingText(draft.displayName) || stored.organizationName;
}

/** The logo the preview shows: the new file, nothing after "remove", else the stored logo. */
export function previewLogo(draft: BrandingDraft, stored: StoredBranding): string | null {
  if (draft.logo.kind === 'new') return draft.logo.dataUrl;
  if (draft.logo.kind === 'remove') return null;
  return stored.logoDataUrl ?? null;
}

/** The base64 payload of a `data:<type>;base64,<payload>` URL. */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma === -1 ? '' : dataUrl.slice(comma + 1);
}

/** The mutation's input for a draft that passed draftProblems. */
export function draftToInput(draft: BrandingDraft) {
  const text = chosenTextColor(draft);
  return {
    displayName: cleanBrandingText(draft.displayName) || null,
    primaryColor: draft.primaryColor.trim(),
    primaryTextColor: text === null ? null : text.trim(),
    accentColor: draft.accentColor.trim(),
    welcomeHeadline: draft.welcomeHeadline,
    welcomeIntro: draft.welcomeIntro,
    signInText: draft.signInText,
    footerText: draft.footerText,
    logo: draft.logo.kind === 'new' ? { contentType: draft.logo.contentType, dataBase64: base64OfDataUrl(draft.logo.dataUrl) } : null,
    removeLogo: draft.logo.kind === 'remove',
  };
}

/** Whether saving would change anything. */
export function draftChanged(draft: BrandingDraft, stored: StoredBranding): boolean {
  const initial = draftFromStored(stored);
  const normalized = (d: BrandingDraft) => ({
    ...draftToInput(d),
    primaryColor: normalizeHexColor(d.primaryColor),
    accentColor: normalizeHexColor(d.accentColor),
  });
  return JSON.stringify(normalized(draft)) !== JSON.stringify(normalized(initial));
}
