import { Link } from 'react-router-dom';
import { portalSiteName } from '@actionconnect/shared';
import { usePortal } from './portal-context';

/** The footer: the organization's footer text and the main links again. */
export function PortalFooter() {
  const { branding } = usePortal();
  return (
    <footer className="site-footer">
      <div className="container site-footer-inner">
        <div>
          <p className="site-footer-name">{portalSiteName(branding.displayName)}</p>
          {branding.footerText && <p className="site-footer-text">{branding.footerText}</p>}
        </div>
        <nav aria-label="Footer">
          <ul className="site-footer-links">
            <li>
              <Link to="/knowledge-base">Knowledge base</Link>
            </li>
            <li>
              <Link to="/requests/new">Submit a request</Link>
            </li>
            <li>
              <Link to="/requests">My requests</Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="container">
        <p className="site-footer-powered">Powered by ActionConnect</p>
      </div>
    </footer>
  );
}
