import { bestTextColor } from '@actionconnect/shared';
import type { Organization } from '../organizations/organization.entity';
import type { RequestSignInMode } from '../forms/intake-form.types';
import type { PortalOrganization } from './portal.types';

/** Path of an organization's logo on its own portal host, versioned so browsers refetch after a change. */
export function logoPath(organization: Organization): string | null {
  const { logoContentType, logoUpdatedAt } = organization.branding;
  if (!logoContentType || !logoUpdatedAt) return null;
  return `/branding/logo?v=${logoUpdatedAt.getTime()}`;
}

/** Maps the stored organization to the public portal shape. */
export function toPortalOrganization(organization: Organization): PortalOrganization {
  const b = organization.branding;
  return {
    slug: organization.slug,
    name: organization.name,
    knowledgeBasePublic: organization.knowledgeBaseVisibility === 'public',
    requestSignIn: organization.requestSignIn as RequestSignInMode,
    branding: {
      displayName: b.displayName ?? organization.name,
      logoUrl: logoPath(organization),
      primaryColor: b.primaryColor,
      primaryTextColor: b.primaryTextColor ?? bestTextColor(b.primaryColor),
      accentColor: b.accentColor,
      welcomeHeadline: b.welcomeHeadline,
      welcomeIntro: b.welcomeIntro,
      signInText: b.signInText,
      footerText: b.footerText,
    },
  };
}
