import { useMutation } from '@apollo/client/react';
import { useSignOut } from '@actionconnect/ui';
import { graphql } from '../../gql';

const signOutMutation = graphql(`
  mutation PortalSignOut {
    signOut
  }
`);

/** Ends the session, then reloads so every part of the page forgets the contact. */
export function SignOutButton() {
  const [endSession, { loading }] = useMutation(signOutMutation);
  const { signOut, failed } = useSignOut(endSession);

  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={() => void signOut()} disabled={loading}>
        {loading ? 'Signing out…' : 'Sign out'}
      </button>
      {failed && (
        <span className="session-error" role="alert">
          Sign-out failed. Try again.
        </span>
      )}
    </>
  );
}
