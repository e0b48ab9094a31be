import type { ServiceDeps } from '../../compose';
import { BrandingService } from './branding.service';
import { CustomDomainService } from './custom-domain.service';
import type { TxtLookup } from './dns-verification';
import { HostResolver } from './host-resolution.cross-tenant';
import { OrganizationDirectory } from './organization-directory.service';
import { PublicUrls } from './public-urls';

/** Organizations: which host names which organization, public URLs, custom domains, branding. */
export interface OrganizationServices {
  hosts: HostResolver;
  directory: OrganizationDirectory;
  urls: PublicUrls;
  customDomains: CustomDomainService;
  branding: BrandingService;
}

/** Builds the organization services. */
export function buildOrganizationServices(deps: ServiceDeps, opts: { txtLookup?: TxtLookup }): OrganizationServices {
  const urls = new PublicUrls(deps.config, deps.tenant);
  const customDomains = new CustomDomainService(
    deps.tenant,
    deps.crossTenant,
    deps.config,
    urls,
    deps.logger.child({ component: 'custom-domains' }),
    deps.onOrganizationChanged,
    opts.txtLookup,
  );
  return {
    hosts: new HostResolver(deps.crossTenant, deps.config),
    directory: new OrganizationDirectory(deps.tenant),
    urls,
    customDomains,
    branding: new BrandingService(deps.tenant, urls, deps.onOrganizationChanged),
  };
}
