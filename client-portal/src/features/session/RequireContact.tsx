import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Spinner } from '@actionconnect/ui';
import { signInPathFor } from './return-to.util';
import { useSession } from './session-context';

/** Renders its children for a signed-in contact; sends anyone else to sign in and back here. */
export function RequireContact({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') {
    return (
      <div className="page-loading">
        <Spinner />
      </div>
    );
  }
  if (session.status !== 'contact') return <Navigate to={signInPathFor(location)} replace />;
  return children;
}
