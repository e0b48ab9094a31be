import { useState } from 'react';

/** The state of a sign-out button: call `signOut`; `failed` says the last attempt did not go through. */
export interface SignOut {
  signOut(): Promise<void>;
  failed: boolean;
}

/**
 * Runs the app's sign-out mutation, then reloads the page: a full load is the one sure way for every
 * cache, context and open query to forget the session. On failure the page stays and `failed` turns true.
 */
export function useSignOut(endSession: () => Promise<unknown>): SignOut {
  const [failed, setFailed] = useState(false);
  async function signOut() {
    setFailed(false);
    try {
      await endSession();
      window.location.reload();
    } catch {
      setFailed(true);
    }
  }
  return { signOut, failed };
}
