import { type IconName } from '@actionconnect/ui';

/** One ticket view of the sidebar: /tickets/<key>. */
export interface TicketView {
  key: 'unassigned' | 'mine' | 'open' | 'overdue' | 'pending' | 'solved' | 'all';
  label: string;
  icon: IconName;
  /** What the queue lists, as shown while it is empty. */
  description: string;
}

/** The ticket views, in sidebar order. */
export const TICKET_VIEWS: readonly TicketView[] = [
  {
    key: 'unassigned',
    label: 'Unassigned',
    icon: 'inbox',
    description: 'Open tickets nobody owns yet, oldest first, so every customer gets an owner quickly.',
  },
  { key: 'mine', label: 'Mine', icon: 'user', description: 'Open and pending tickets assigned to you, the ones waiting on you first.' },
  { key: 'open', label: 'All open', icon: 'layers', description: 'Every open ticket of the workspace, whoever owns it, by last update.' },
  {
    key: 'overdue',
    label: 'Overdue',
    icon: 'alert',
    description: 'Tickets past a service-level target (first reply, next reply or resolution), the longest overdue first.',
  },
  {
    key: 'pending',
    label: 'Pending',
    icon: 'clock',
    description: 'Tickets waiting on the customer; they come back to Open when the customer replies.',
  },
  {
    key: 'solved',
    label: 'Solved',
    icon: 'checkCircle',
    description: 'Recently solved tickets, newest first, in case one needs reopening.',
  },
  { key: 'all', label: 'All tickets', icon: 'archive', description: 'Every ticket of the workspace, closed ones included.' },
];

/** A link of the sidebar. */
export interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  /** A ticket view whose count the link shows. */
  count?: TicketView['key'];
}

/** A titled group of sidebar links. */
export interface NavSection {
  title: string;
  items: NavItem[];
}

/** Whether an agent role (`admin` or `agent`) may change workspace settings. */
export function isAdminRole(role: string): boolean {
  return role.trim().toLowerCase() === 'admin';
}

/** The sidebar for an agent of this role: workspace settings appear for admins only; everyone has their own. */
export function navigationFor(role: string): NavSection[] {
  const sections: NavSection[] = [
    {
      title: 'Tickets',
      items: TICKET_VIEWS.map((view) => ({ to: `/tickets/${view.key}`, label: view.label, icon: view.icon, count: view.key })),
    },
    {
      title: 'Content',
      items: [
        { to: '/knowledge-base', label: 'Knowledge base', icon: 'book' },
        { to: '/forms', label: 'Forms', icon: 'form' },
      ],
    },
    { title: 'Customers', items: [{ to: '/companies', label: 'Companies', icon: 'user' }] },
  ];
  const workspace: NavItem[] = isAdminRole(role)
    ? [
        { to: '/settings/branding', label: 'Branding', icon: 'palette' },
        { to: '/settings/domains', label: 'Custom domains', icon: 'globe' },
        { to: '/settings/email', label: 'Email', icon: 'mail' },
        { to: '/settings/files', label: 'Files', icon: 'paperclip' },
        { to: '/settings/service-levels', label: 'Service levels', icon: 'clock' },
        { to: '/settings/service-level-report', label: 'Service level report', icon: 'checkCircle' },
        { to: '/settings/fields', label: 'Custom fields', icon: 'sliders' },
        { to: '/settings/satisfaction', label: 'Satisfaction', icon: 'checkCircle' },
        { to: '/settings/data-requests', label: 'Data requests', icon: 'shield' },
        { to: '/settings/tags', label: 'Tags', icon: 'layers' },
      ]
    : [];
  if (isAdminRole(role))
    sections.push({ title: 'Reports', items: [{ to: '/reports/satisfaction', label: 'Satisfaction', icon: 'layers' }] });
  sections.push({
    title: 'Settings',
    items: [
      ...workspace,
      { to: '/settings/macros', label: 'Canned replies', icon: 'note' },
      { to: '/settings/security', label: 'Two-step verification', icon: 'lock' },
      { to: '/settings/notifications', label: 'Notifications', icon: 'bell' },
    ],
  });
  return sections;
}

/** The document title of an agent page: "Unassigned · Acme · ActionConnect". */
export function agentDocumentTitle(page: string | null, organizationName: string | null): string {
  return [page, organizationName, 'ActionConnect'].filter(Boolean).join(' · ');
}
