import type { ServiceDeps } from '../../compose';
import { CompanyService } from './company.service';
import { TicketCcService } from './ticket-cc.service';

/** Companies, sharing and CCs. */
export interface CompanyServices {
  companies: CompanyService;
  ccs: TicketCcService;
}

/** Builds the company services. */
export function buildCompanyServices(deps: ServiceDeps): CompanyServices {
  return { companies: new CompanyService(deps.tenant), ccs: new TicketCcService(deps.tenant) };
}
