import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';

/** How often the "Check your email" step asks whether this browser is signed in now. */
export const SIGNED_IN_CHECK_MS = 3000;

/**
 * While the "Check your email" step waits, asks again every few seconds, and at once when the tab
 * comes back into view, who this browser is (`viewerQuery`: the app's viewer query by name). When
 * the link was confirmed in another tab of this browser, the session cookie is already there, so
 * the app's own gate moves on. No sign-in state is passed from anywhere else: the confirm step
 * (a same-origin POST in the browser that opened the link) is the only thing that signs a browser in.
 */
export function useSignInElsewhere(viewerQuery: string, waiting: boolean): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!waiting) return;
    const check = () => void client.refetchQueries({ include: [viewerQuery] }).catch(() => undefined);
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    const timer = setInterval(check, SIGNED_IN_CHECK_MS);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [client, viewerQuery, waiting]);
}
