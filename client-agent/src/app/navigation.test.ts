import { describe, expect, it } from '@jest/globals';
import { agentDocumentTitle, isAdminRole, navigationFor } from './navigation';

const titles = (role: string) => navigationFor(role).map((section) => section.title);
const links = (role: string) => navigationFor(role).flatMap((section) => section.items.map((item) => item.to));

describe('the agent sidebar', () => {
  it('lists the seven ticket views in order (Overdue after All open)', () => {
    expect(navigationFor('agent')[0].items.map((item) => item.label)).toEqual([
      'Unassigned',
      'Mine',
      'All open',
      'Overdue',
      'Pending',
      'Solved',
      'All tickets',
    ]);
  });

  it('shows workspace settings to admins', () => {
    expect(titles('admin')).toContain('Settings');
    expect(links('admin')).toEqual(
      expect.arrayContaining([
        '/settings/branding',
        '/settings/domains',
        '/settings/email',
        '/settings/files',
        '/settings/fields',
        '/settings/satisfaction',
        '/settings/data-requests',
        '/settings/tags',
        '/settings/security',
      ]),
    );
  });

  it('shows the satisfaction report to admins only, before the settings', () => {
    expect(titles('admin')).toEqual(['Tickets', 'Content', 'Customers', 'Reports', 'Settings']);
    expect(links('admin')).toContain('/reports/satisfaction');
    expect(links('agent').some((to) => to.startsWith('/reports'))).toBe(false);
  });

  it('never shows workspace settings to an agent who is not an admin, only their own canned replies, two-step verification and notifications', () => {
    expect(links('agent').filter((to) => to.startsWith('/settings'))).toEqual([
      '/settings/macros',
      '/settings/security',
      '/settings/notifications',
    ]);
  });

  it('reads the role case-insensitively', () => {
    expect(isAdminRole('ADMIN')).toBe(true);
    expect(isAdminRole(' admin ')).toBe(true);
    expect(isAdminRole('administrator')).toBe(false);
  });
});

describe('agent page titles', () => {
  it('name the page, the workspace and the product', () => {
    expect(agentDocumentTitle('Unassigned', 'Acme')).toBe('Unassigned · Acme · ActionConnect');
  });

  it('leave out what is not known yet', () => {
    expect(agentDocumentTitle('Sign in', null)).toBe('Sign in · ActionConnect');
  });
});
