import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';

const signOutMutation = graphql(`
  mutation PortalSignOut {
    signOut
  }
`);

/** Ends the session, then reloads so every part of the page forgets the contact. */
export function SignOutButton() {
  const [signOut, { loading }] = useMutation(signOutMutation);
  const [failed, setFailed] = useState(false);

  async function handleClick() {
    setFailed(false);
    try {
      await signOut();
      window.location.reload();
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <button type="button" className="button button--ghost button--small" onClick={() => void handleClick()} disabled={loading}>
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
