import type { ServiceDeps } from '../../compose';
import { PublicUrls } from '../../http/public-urls';
import { CustomDomainService } from './custom-domain.service';
import type { TxtLookup } from './dns-verification';

/** Organizations: public URLs, custom domains, branding. */
export interface OrganizationServices {
  urls: PublicUrls;
  customDomains: CustomDomainService;
}

/** Builds the organization services. */
export function buildOrganizationServices(deps: ServiceDeps, opts: { txtLookup?: TxtLookup }): OrganizationServices {
  const urls = new PublicUrls(deps.config, deps.dataSource);
  const customDomains = new CustomDomainService(
    deps.dataSource,
    deps.config,
    urls,
    deps.logger.child({ component: 'custom-domains' }),
    opts.txtLookup,
  );
  return { urls, customDomains };
}
