import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

/** How often the "Check your email" step asks whether this browser is signed in now. */
export const SIGNED_IN_CHECK_MS = 3000;

/** Runs `check` every few seconds while `waiting`, and at once when the tab comes back into view. */
function useWhileWaiting(waiting: boolean, check: () => void): void {
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  useEffect(() => {
    if (!waiting) return;
    const run = () => latest.current();
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    const timer = setInterval(run, SIGNED_IN_CHECK_MS);
    window.addEventListener('focus', run);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', run);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [waiting]);
}

/**
 * While the "Check your email" step waits, asks again every few seconds, and at once when the tab
 * comes back into view, who this browser is (`viewerQuery`: the app's viewer query by name). When
 * the link was confirmed in another tab of this browser, the session cookie is already there, so
 * the app's own gate moves on. No sign-in state is passed from anywhere else: the confirm step
 * (a same-origin POST in the browser that opened the link) is the only thing that signs a browser in.
 */
export function useSignInElsewhere(viewerQuery: string, waiting: boolean): void {
  const client = useApolloClient();
  useWhileWaiting(waiting, () => void client.refetchQueries({ include: [viewerQuery] }).catch(() => undefined));
}

/**
 * The cross-device half: while there is a `waitingHandle`, claims the sign-in with it every few
 * seconds (`claim` does it and answers whether to keep asking). The server signs this device in
 * only once another device picked the number it shows. A claim that fails or answers false stops
 * the asking until a new handle comes (the link may have been used in this browser instead, which
 * useSignInElsewhere sees).
 */
export function useSignInClaim(waitingHandle: string | null, claim: (waitingHandle: string) => Promise<boolean>): void {
  const stopped = useRef<string | null>(null);
  const busy = useRef(false);
  useWhileWaiting(waitingHandle !== null, () => {
    if (waitingHandle === null || stopped.current === waitingHandle || busy.current) return;
    busy.current = true;
    const stop = () => {
      stopped.current = waitingHandle;
    };
    claim(waitingHandle)
      .then((again) => {
        if (!again) stop();
      })
      .catch(stop)
      .finally(() => {
        busy.current = false;
      });
  });
}
