import type { ServiceDeps } from '../../compose';
import type { OrganizationServices } from '../organizations/organizations.module';

/** The portal's own reads (organization and branding for the shell). */
export type PortalServices = Record<string, never>;

/** Builds the portal services. */
export function buildPortalServices(_deps: ServiceDeps, _mods: { organizations: OrganizationServices }): PortalServices {
  return {};
}
