// Names that already say what the site is ("Globex Help Center") are not suffixed again.
const ALREADY_A_SITE_NAME = /\b(support|help ?cent(er|re)|help ?desk|service desk)$/i;

/** The portal's name as a site: "Acme" becomes "Acme Support", "Globex Help Center" stays. */
export function portalSiteName(displayName: string): string {
  const name = displayName.trim();
  return ALREADY_A_SITE_NAME.test(name) ? name : `${name} Support`;
}

/** The document title of a portal page: "Sign in · Acme Support", or just "Acme Support" at home. */
export function portalDocumentTitle(displayName: string, page?: string): string {
  const site = portalSiteName(displayName);
  return page ? `${page} · ${site}` : site;
}
