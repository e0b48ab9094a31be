import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Spinner } from '@actionconnect/ui';
import { signInPathFor } from './return-to.util';
import { useSession } from './session-context';
import { usePortal } from '../../app/portal-context';

/**
 * Renders its children for a signed-in contact; sends anyone else to sign in and back here. With
 * `allowVisitors="requestForm"`, visitors stay too where the portal asks for the email at the end.
 */
export function RequireContact({ children, allowVisitors }: { children: ReactNode; allowVisitors?: 'requestForm' }) {
  const session = useSession();
  const portal = usePortal();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <div className="page-loading">
        <Spinner />
      </div>
    );
  }
  if (session.status !== 'contact' && !(allowVisitors === 'requestForm' && portal.requestSignIn === 'AT_SUBMIT'))
    return <Navigate to={signInPathFor(location)} replace />;
  return children;
}
