import { useSyncExternalStore } from 'react';
import { outageState } from './api-client';

/** "We're having trouble, retrying…" while the API answers unavailable; nothing otherwise. */
export function OutageNotice() {
  const retrying = useSyncExternalStore(outageState.subscribe, outageState.get, () => false);
  if (!retrying) return null;
  return (
    <div className="outage-notice" role="status" aria-live="polite">
      We&rsquo;re having trouble reaching the server. Retrying…
    </div>
  );
}
