import { useSyncExternalStore } from 'react';
import { liveState } from './live-link';

/** "Reconnecting…" while the live-update socket is down; nothing otherwise (the page still works over HTTP). */
export function LiveNotice() {
  const status = useSyncExternalStore(liveState.subscribe, liveState.get, () => 'idle' as const);
  if (status !== 'reconnecting') return null;
  return (
    <div className="live-notice" role="status" aria-live="polite" data-testid="live-reconnecting">
      Live updates paused. Reconnecting…
    </div>
  );
}
