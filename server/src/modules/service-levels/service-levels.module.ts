import type { ServiceDeps } from '../../compose';
import { BreachSweeper, type BreachSweeperOptions } from './breach.sweeper';
import { DueTimeRecompute } from './due-time-recompute';
import { ReplyPromiseService } from './reply-promise.service';
import { ServiceLevelReportService } from './service-level-report.service';
import { ServiceLevelService } from './service-level.service';

/** Business hours, policies, due-time recompute and the breach sweeper (issue 15). */
export interface ServiceLevelServices {
  settings: ServiceLevelService;
  recompute: DueTimeRecompute;
  breaches: BreachSweeper;
  promise: ReplyPromiseService;
  report: ServiceLevelReportService;
}

/** Builds the service-level services. */
export function buildServiceLevelServices(deps: ServiceDeps, options: { breachSweeper?: BreachSweeperOptions } = {}): ServiceLevelServices {
  const log = deps.logger.child({ component: 'service-levels' });
  const recompute = new DueTimeRecompute(deps.tenant, log);
  const promise = new ReplyPromiseService(deps.tenant);
  return {
    settings: new ServiceLevelService(deps.tenant, recompute, (organizationId) => promise.forget(organizationId)),
    promise,
    report: new ServiceLevelReportService(deps.tenant),
    recompute,
    breaches: new BreachSweeper(deps.crossTenant, deps.tenant, log, options.breachSweeper),
  };
}
