import type { BrandPalette } from '@actionconnect/shared';
import type { CSSProperties } from 'react';

interface BrandingPreviewProps {
  name: string;
  logoUrl: string | null;
  palette: BrandPalette;
  welcomeHeadline: string;
  welcomeIntro: string;
  signInText: string;
  footerText: string;
}

/** The first letter or digit of a name for the letter mark, as the portal draws it. */
function initialOf(name: string): string {
  return /[\p{L}\p{N}]/u.exec(name)?.[0].toLocaleUpperCase() ?? '?';
}

/**
 * A scaled-down portal drawn with the unsaved values: header, home hero, a link, the sign-in card
 * and the footer, in the colours the portal would use (same derivation as the portal's theme).
 */
export function BrandingPreview({ name, logoUrl, palette, welcomeHeadline, welcomeIntro, signInText, footerText }: BrandingPreviewProps) {
  const style = {
    '--preview-primary': palette.primary,
    '--preview-on-primary': palette.onPrimary,
    '--preview-accent': palette.accent,
    '--preview-on-accent': palette.onAccent,
    '--preview-link': palette.link,
  } as CSSProperties;
  return (
    <div className="preview" style={style} data-testid="branding-preview" aria-label="Preview of your portal" role="img">
      <div className="preview-header">
        {logoUrl ? <img className="preview-logo" src={logoUrl} alt="" /> : <span className="preview-mark">{initialOf(name)}</span>}
        <span className="preview-name" data-testid="preview-name">
          {name}
          <span className="preview-suffix"> Support</span>
        </span>
        <span className="preview-nav">Knowledge base</span>
      </div>
      <div className="preview-hero">
        <p className="preview-headline">{welcomeHeadline || 'Your welcome headline'}</p>
        {welcomeIntro && <p className="preview-intro">{welcomeIntro}</p>}
        <div className="preview-search">
          <span>Search for answers</span>
          <span className="preview-search-button">Search</span>
        </div>
      </div>
      <div className="preview-body">
        <div className="preview-card">
          <p className="preview-card-title">Sign in</p>
          <p className="preview-card-text">{signInText || 'We’ll email you a link to sign in.'}</p>
          <span className="preview-button">Email me a sign-in link</span>
        </div>
        <p className="preview-text">
          Still stuck? <span className="preview-link">Submit a request</span>
        </p>
      </div>
      <div className="preview-footer">{footerText || `${name} Support`}</div>
    </div>
  );
}
