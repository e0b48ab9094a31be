import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { KeyboardShortcuts } from '../features/tickets/KeyboardShortcuts';
import { TicketCountBadge } from '../features/tickets/TicketCountBadge';
import { useLiveQueue } from '../features/tickets/useLiveQueue';
import { graphql } from '../gql';
import { personInitials, personName } from '@actionconnect/shared';
import { Icon, useSignOut } from '@actionconnect/ui';
import { ProductMark } from '../ui/ProductMark';
import { GlobalSearch } from '../features/search';
import { useAgentSession } from './agent-session';
import { isAdminRole, navigationFor } from './navigation';

const agentSignOutMutation = graphql(`
  mutation AgentSignOut {
    signOut
  }
`);

/** The signed-in app: sidebar of queues and settings, top bar with workspace and agent, the page. */
export function AppFrame() {
  const { agent } = useAgentSession();
  const location = useLocation();
  useLiveQueue();
  // The narrow-screen sidebar is open on the page it was opened on: following a link from it closes
  // it, and so does Escape.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const sidebarOpen = openOn === location.pathname;
  const closeSidebar = () => setOpenOn(null);
  useEffect(() => {
    if (!sidebarOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpenOn(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [sidebarOpen]);

  return (
    <div className={sidebarOpen ? 'frame frame--sidebar-open' : 'frame'} data-testid="agent-app-frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar" id="sidebar" aria-label="Workspace">
        <div className="sidebar-brand">
          <ProductMark size={28} />
          <span>ActionConnect</span>
          <button type="button" className="icon-button sidebar-close" onClick={closeSidebar}>
            <Icon name="close" label="Close navigation" size={18} />
          </button>
        </div>
        <nav aria-label="Main" className="sidebar-nav">
          {navigationFor(agent.role).map((section) => (
            <div className="sidebar-section" key={section.title}>
              <h2 className="sidebar-title">{section.title}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} className="sidebar-link">
                      <Icon name={item.icon} size={18} />
                      <span>{item.label}</span>
                      {item.count && <TicketCountBadge view={item.count} />}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </aside>
      <button type="button" className="sidebar-scrim" tabIndex={-1} aria-hidden="true" onClick={closeSidebar} />
      <TopBar sidebarOpen={sidebarOpen} onToggleSidebar={() => setOpenOn(sidebarOpen ? null : location.pathname)} />
      <main id="main" className="frame-main" tabIndex={-1}>
        <Outlet />
      </main>
      <KeyboardShortcuts />
    </div>
  );
}

function TopBar({ sidebarOpen, onToggleSidebar }: { sidebarOpen: boolean; onToggleSidebar: () => void }) {
  const { agent, organization } = useAgentSession();
  const [endSession, { loading }] = useMutation(agentSignOutMutation);
  const { signOut, failed } = useSignOut(endSession);

  return (
    <header className="topbar">
      <button
        type="button"
        className="icon-button topbar-menu"
        aria-expanded={sidebarOpen}
        aria-controls="sidebar"
        onClick={onToggleSidebar}
      >
        <Icon name={sidebarOpen ? 'close' : 'menu'} label={sidebarOpen ? 'Close navigation' : 'Open navigation'} size={18} />
      </button>
      <div className="topbar-workspace">
        <span className="workspace-badge" aria-hidden="true">
          {personInitials(organization.name)}
        </span>
        <span className="workspace-name" data-testid="agent-organization-name">
          {organization.name}
        </span>
      </div>
      <GlobalSearch />
      <div className="topbar-agent">
        {failed && (
          <span className="topbar-error" role="alert">
            Sign-out failed. Try again.
          </span>
        )}
        <NotificationBell />
        <span className="avatar" aria-hidden="true">
          {personInitials(agent)}
        </span>
        <span className="agent-identity">
          <span className="agent-name" data-testid="agent-name">
            {personName(agent)}
          </span>
          <span className="agent-role">{isAdminRole(agent.role) ? 'Admin' : 'Agent'}</span>
        </span>
        <button type="button" className="button button--secondary button--small" onClick={() => void signOut()} disabled={loading}>
          <Icon name="logOut" width={16} height={16} />
          <span>{loading ? 'Signing out…' : 'Sign out'}</span>
        </button>
      </div>
    </header>
  );
}
