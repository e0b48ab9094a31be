import { useQuery } from '@apollo/client/react';
import { useMemo, type ReactNode } from 'react';
import { graphql } from '../../gql';
import { SessionContext, type Session } from './session-context';

const portalViewerQuery = graphql(`
  query PortalViewer {
    viewer {
      kind
      contact {
        id
        email
        name
      }
    }
  }
`);

/** Asks the API who is signed in on this portal host and shares the answer with the page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(portalViewerQuery);
  const session = useMemo<Session>(() => {
    if (!data) return error ? { status: 'anonymous' } : { status: 'loading' };
    const { kind, contact } = data.viewer;
    // Sessions never cross hosts, so only a contact of this portal counts as signed in here.
    return kind === 'CONTACT' && contact ? { status: 'contact', contact } : { status: 'anonymous' };
  }, [data, error]);
  return <SessionContext value={session}>{children}</SessionContext>;
}
