import { Outlet } from 'react-router-dom';
import { usePageTitle, useAgentSession } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

/** Settings pages are for admins; other agents get an explanation instead of the page. */
export function RequireAdmin() {
  const { agent } = useAgentSession();
  if (isAdminRole(agent.role)) return <Outlet />;
  return <AdminsOnly />;
}

function AdminsOnly() {
  usePageTitle('Settings');
  return (
    <PlaceholderPage eyebrow="Settings" title="Admins only" icon="shield" comingTitle="You can't change settings">
      <p>Only workspace admins can change branding, domains and fields. Ask an admin if something needs changing.</p>
    </PlaceholderPage>
  );
}
