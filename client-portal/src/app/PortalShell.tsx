import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Outlet } from 'react-router-dom';
import { applyBrandVariables, brandCssVariables, brandFaviconHref } from '../features/branding/brand-theme.util';
import { SessionProvider } from '../features/session/SessionProvider';
import { graphql } from '../gql';
import { Spinner } from '@actionconnect/ui';
import { NoPortalPage } from './NoPortalPage';
import { PortalFooter } from './PortalFooter';
import { PortalHeader } from './PortalHeader';
import { PortalContext, type Portal } from './portal-context';

const portalShellQuery = graphql(`
  query PortalShell {
    portal {
      slug
      name
      knowledgeBasePublic
      requestSignIn
      branding {
        displayName
        logoUrl
        primaryColor
        primaryTextColor
        accentColor
        welcomeHeadline
        welcomeIntro
        signInText
        footerText
      }
    }
  }
`);

/** The branded frame of every portal page: loads the portal, applies its brand, then renders the page. */
export function PortalShell() {
  const { data, error, refetch } = useQuery(portalShellQuery);

  if (!data) {
    if (error) return <LoadFailed onRetry={() => void refetch()} />;
    return (
      <div className="page-loading">
        <Spinner label="Loading the help center…" />
      </div>
    );
  }
  if (!data.portal) return <NoPortalPage />;

  return (
    <PortalContext value={data.portal}>
      <BrandTheme portal={data.portal} />
      <SessionProvider>
        <div className="site">
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <PortalHeader />
          <main id="main" className="site-main" tabIndex={-1}>
            <Outlet />
          </main>
          <PortalFooter />
        </div>
      </SessionProvider>
    </PortalContext>
  );
}

function BrandTheme({ portal }: { portal: Portal }) {
  const { branding } = portal;
  useEffect(() => {
    const variables = brandCssVariables(branding);
    applyBrandVariables(document.documentElement.style, variables);
    // The letter mark first; the logo replaces it only once it has actually loaded.
    setFavicon(brandFaviconHref(branding.displayName, null, variables));
    if (!branding.logoUrl) return;
    const logo = new Image();
    let current = true;
    logo.onload = () => {
      if (current) setFavicon(brandFaviconHref(branding.displayName, logo.src, variables));
    };
    logo.src = branding.logoUrl;
    return () => {
      current = false;
    };
  }, [branding]);
  return null;
}

function setFavicon(href: string): void {
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    document.head.append(link);
  }
  link.removeAttribute('type'); // the logo may be a PNG as well as an SVG
  link.href = href;
}

function LoadFailed({ onRetry }: { onRetry: () => void }) {
  useEffect(() => {
    document.title = 'Help center unavailable';
  }, []);
  return (
    <main className="standalone">
      <div className="standalone-card">
        <h1>We couldn't load this help center</h1>
        <p>The connection to the server failed. Check your connection, then try again.</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
