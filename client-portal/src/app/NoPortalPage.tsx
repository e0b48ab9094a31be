import { useEffect } from 'react';
import { Icon } from '@actionconnect/ui';

/** Shown when no organization's portal answers on this host. */
export function NoPortalPage() {
  useEffect(() => {
    document.title = 'No help center here';
  }, []);
  return (
    <main className="standalone">
      <div className="standalone-card">
        <span className="standalone-icon">
          <Icon name="compass" width={28} height={28} />
        </span>
        <h1>There's no help center here</h1>
        <p>
          No support portal answers at <strong>{window.location.host}</strong>. Check the address, or ask the company you are trying to
          reach for the link to its help center.
        </p>
      </div>
    </main>
  );
}
