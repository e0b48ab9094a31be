import { createContext, useContext, useEffect } from 'react';
import type { PortalShellQuery } from '../gql/graphql';
import { portalDocumentTitle } from '@actionconnect/shared';

/** The organization whose portal this is, with its branding. */
export type Portal = NonNullable<PortalShellQuery['portal']>;

/** Provided by the shell once the portal has loaded; pages render only inside it. */
export const PortalContext = createContext<Portal | null>(null);

/** The current portal; only valid below the shell. */
export function usePortal(): Portal {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal() used outside the portal shell');
  return portal;
}

/** Sets the document title for the page being shown ("Sign in · Acme Support"). */
export function usePageTitle(page?: string): void {
  const { displayName } = usePortal().branding;
  useEffect(() => {
    document.title = portalDocumentTitle(displayName, page);
  }, [displayName, page]);
}
