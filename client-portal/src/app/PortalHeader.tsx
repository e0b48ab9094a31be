import { useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { brandInitial } from '../features/branding/brand-theme.util';
import { SIGN_IN_PATH, signInPathFor } from '../features/session/return-to.util';
import { SignOutButton } from '../features/session/SignOutButton';
import { useSession } from '../features/session/session-context';
import { Icon } from '@actionconnect/ui';
import { portalSiteName } from '@actionconnect/shared';
import { usePortal } from './portal-context';

const NAV_ITEMS = [
  { to: '/', label: 'Home', end: true },
  { to: '/knowledge-base', label: 'Knowledge base', end: false },
  { to: '/requests', label: 'My requests', end: true },
  { to: '/requests/new', label: 'Submit a request', end: true },
] as const;

/** The branded header: logo and name, the main navigation, and who is signed in. */
export function PortalHeader() {
  const { branding } = usePortal();
  const location = useLocation();
  // The mobile menu is open on the page it was opened on: a link followed from it closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === location.pathname;

  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <Link to="/" className="brand" aria-label={`${portalSiteName(branding.displayName)}, home`}>
          <BrandLogo key={branding.logoUrl ?? ''} displayName={branding.displayName} logoUrl={branding.logoUrl ?? null} />
        </Link>

        <button
          type="button"
          className="nav-toggle"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setOpenOn(menuOpen ? null : location.pathname)}
        >
          <Icon name={menuOpen ? 'close' : 'menu'} />
          <span>Menu</span>
        </button>

        <div id="site-nav" className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}>
          <nav aria-label="Main">
            <ul className="site-nav-list">
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="site-nav-link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <SessionControls />
        </div>
      </div>
    </header>
  );
}

/** The logo image, or a letter mark when there is none or it fails to load, then the name. */
function BrandLogo({ displayName, logoUrl }: { displayName: string; logoUrl: string | null }) {
  const [broken, setBroken] = useState(false);
  const showImage = logoUrl !== null && !broken;
  return (
    <>
      {showImage ? (
        <img className="brand-logo" src={logoUrl} alt={displayName} onError={() => setBroken(true)} />
      ) : (
        <span className="brand-mark" aria-hidden="true">
          {brandInitial(displayName)}
        </span>
      )}
      <span className={showImage ? 'brand-name brand-name--with-logo' : 'brand-name'}>
        <span data-testid="portal-brand-name">{displayName}</span>
        <span className="brand-suffix"> Support</span>
      </span>
    </>
  );
}

function SessionControls() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <div className="session session--pending" aria-hidden="true" />;
  if (session.status === 'contact') {
    return (
      <div className="session">
        <span className="session-who" title={session.contact.email}>
          <Icon name="user" width={16} height={16} />
          <span className="visually-hidden">Signed in as </span>
          <span className="session-email">{session.contact.email}</span>
        </span>
        <Link to="/my-data" className="session-link" data-testid="your-data-link">
          Your data
        </Link>
        <SignOutButton />
      </div>
    );
  }
  // On the sign-in page itself the form is the call to action.
  if (location.pathname === SIGN_IN_PATH) return null;
  return (
    <div className="session">
      <Link to={signInPathFor(location)} className="button button--primary button--small">
        Sign in
      </Link>
    </div>
  );
}
