import type { ServiceDeps } from '../../compose';
import { SatisfactionReportService } from './satisfaction-report.service';
import { SatisfactionService } from './satisfaction.service';

/** Satisfaction after solve: answers and the admins' report. */
export interface SatisfactionServices {
  surveys: SatisfactionService;
  report: SatisfactionReportService;
}

/** Builds the satisfaction services. */
export function buildSatisfactionServices(deps: ServiceDeps): SatisfactionServices {
  return { surveys: new SatisfactionService(deps.tenant, deps.signer), report: new SatisfactionReportService(deps.tenant) };
}
