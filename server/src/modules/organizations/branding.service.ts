import {
  brandingTextProblem,
  cleanBrandingText,
  LOGO_MAX_BYTES,
  logoProblem,
  logoSizeProblem,
  normalizeHexColor,
  normalizeImageType,
  primaryContrastProblem,
  type BrandingTextField,
} from '@actionconnect/shared';
import type { TenantData, TenantTx } from '../../db/tenant';
import { DomainError, ErrorCode, notFound } from '../../errors';
import type { PublicUrls } from './public-urls';
import type { BrandingLogoInput, BrandingSettings, UpdateBrandingInput } from './branding.types';
import { Organization } from './organization.entity';

/** One refused value of the branding form. */
interface FieldProblem {
  field: string;
  message: string;
}

/** The branding columns written by one save. */
type BrandingValues = Pick<
  Organization['branding'],
  'displayName' | 'primaryColor' | 'primaryTextColor' | 'accentColor' | 'welcomeHeadline' | 'welcomeIntro' | 'signInText' | 'footerText'
>;

/** A decoded, checked logo ready to store. */
interface CheckedLogo {
  contentType: string;
  data: Buffer;
}

// Longest base64 text that can decode to an acceptable logo; anything longer is refused before decoding.
const MAX_LOGO_BASE64 = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

/** Branding: the settings page's read and save, and the stored logo the portal serves. */
export class BrandingService {
  constructor(
    private readonly tenant: TenantData,
    private readonly urls: PublicUrls,
    /** Drops the host cache, which holds each portal's branding. */
    private readonly onOrganizationChanged: () => void,
  ) {}

  /** The organization's branding as the settings page shows it, with the logo inline for the preview. */
  async settings(organizationId: string): Promise<BrandingSettings> {
    const { organization, logo, portalOrigin } = await this.tenant.run(organizationId, async (tx) => {
      const found = await tx.findOneBy(Organization, {});
      if (!found) throw notFound('Organization');
      return { organization: found, logo: await this.readLogo(tx), portalOrigin: await this.urls.portalOrigin(found) };
    });
    const b = organization.branding;
    return {
      organizationName: organization.name,
      displayName: b.displayName,
      primaryColor: b.primaryColor,
      primaryTextColor: b.primaryTextColor,
      accentColor: b.accentColor,
      welcomeHeadline: b.welcomeHeadline,
      welcomeIntro: b.welcomeIntro,
      signInText: b.signInText,
      footerText: b.footerText,
      logoDataUrl: logo?.data && b.logoContentType ? `data:${b.logoContentType};base64,${logo.data.toString('base64')}` : null,
      logoUpdatedAt: b.logoContentType ? b.logoUpdatedAt : null,
      portalUrl: `${portalOrigin}/`,
    };
  }

  /** The stored logo's bytes and type, or null when there is none. */
  async logo(organizationId: string): Promise<CheckedLogo | null> {
    const row = await this.tenant.run(organizationId, (tx) => this.readLogo(tx));
    return row?.data && row.type ? { data: row.data, contentType: row.type } : null;
  }

  /**
   * Checks every value, then saves them in one UPDATE: the portal and emails use them from the next
   * request on. Refusals are BAD_USER_INPUT naming the input field (`extensions.field`), or listing
   * every refused field (`extensions.fields`) when there are several.
   */
  async update(organizationId: string, input: UpdateBrandingInput, now = new Date()): Promise<void> {
    const problems: FieldProblem[] = [];
    const values = checkBranding(input, problems);
    const logo = input.logo && !input.removeLogo ? checkLogo(input.logo, problems) : null;
    if (problems.length === 1) throw new DomainError(ErrorCode.BadUserInput, problems[0].message, { field: problems[0].field });
    if (problems.length > 1) {
      throw new DomainError(ErrorCode.BadUserInput, problems.map((p) => p.message).join(' '), {
        fields: problems.map((p) => ({ field: p.field, messages: [p.message] })),
      });
    }
    const branding: Partial<Organization['branding']> = { ...values };
    if (input.removeLogo) Object.assign(branding, { logoContentType: null, logoData: null, logoUpdatedAt: now });
    else if (logo) Object.assign(branding, { logoContentType: logo.contentType, logoData: logo.data, logoUpdatedAt: now });
    const affected = await this.tenant.run(organizationId, (tx) => tx.update(Organization, {}, { branding, updatedAt: now }));
    if (!affected) throw notFound('Organization');
    this.onOrganizationChanged();
  }

  // The logo column is not selected by default (it can be 2 MB): read it only where it is shown.
  private async readLogo(tx: TenantTx): Promise<{ data: Buffer | null; type: string | null } | null> {
    const [row] = await tx.sql<{ data: Buffer | null; type: string | null }>(
      'SELECT brand_logo_data AS data, brand_logo_content_type AS type FROM organizations WHERE id = $1',
      [tx.organizationId],
    );
    return row ?? null;
  }
}

function checkBranding(input: UpdateBrandingInput, problems: FieldProblem[]): BrandingValues {
  const text = (field: BrandingTextField, raw: string | null | undefined): string => {
    const value = cleanBrandingText(raw ?? '');
    const problem = brandingTextProblem(field, value);
    if (problem) problems.push({ field, message: problem });
    return value;
  };
  const color = (field: string, label: string, raw: string): string => {
    const value = normalizeHexColor(raw);
    if (!value) problems.push({ field, message: `${label} must be a hex color such as #2563eb (got "${String(raw).slice(0, 20)}").` });
    return value ?? '';
  };
  const displayName = text('displayName', input.displayName);
  const primaryColor = color('primaryColor', 'Primary color', input.primaryColor);
  const rawText = (input.primaryTextColor ?? '').trim();
  const primaryTextColor = rawText === '' ? null : color('primaryTextColor', 'Text color on the primary color', rawText);
  const accentColor = color('accentColor', 'Accent color', input.accentColor);
  if (primaryColor && primaryTextColor !== '') {
    // Automatic text (black or white) always reaches 4.58:1; a chosen text color may not.
    const problem = primaryContrastProblem(primaryColor, primaryTextColor);
    if (problem) problems.push({ field: 'primaryTextColor', message: problem });
  }
  return {
    displayName: displayName === '' ? null : displayName,
    primaryColor,
    primaryTextColor,
    accentColor,
    welcomeHeadline: text('welcomeHeadline', input.welcomeHeadline),
    welcomeIntro: text('welcomeIntro', input.welcomeIntro),
    signInText: text('signInText', input.signInText),
    footerText: text('footerText', input.footerText),
  };
}

function checkLogo(logo: BrandingLogoInput, problems: FieldProblem[]): CheckedLogo | null {
  const base64 = logo.dataBase64.replace(/\s+/g, '');
  if (base64.length > MAX_LOGO_BASE64) {
    problems.push({ field: 'logo', message: logoSizeProblem(Math.floor((base64.length * 3) / 4)) as string });
    return null;
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    problems.push({
      field: 'logo',
      message: "The logo isn't valid base64 data: send the file's bytes base64-encoded, without a data: prefix.",
    });
    return null;
  }
  const data = Buffer.from(base64, 'base64');
  const problem = logoProblem(data, logo.contentType);
  if (problem) {
    problems.push({ field: 'logo', message: problem });
    return null;
  }
  return { contentType: normalizeImageType(logo.contentType), data };
}
