import type { ServiceDeps } from '../../compose';
import { BreachSweeper, type BreachSweeperOptions } from './breach.sweeper';
import { DueTimeRecompute } from './due-time-recompute';
import { ServiceLevelService } from './service-level.service';

/** Business hours, policies, due-time recompute and the breach sweeper (issue 15). */
export interface ServiceLevelServices {
  settings: ServiceLevelService;
  recompute: DueTimeRecompute;
  breaches: BreachSweeper;
}

/** Builds the service-level services. */
export function buildServiceLevelServices(deps: ServiceDeps, options: { breachSweeper?: BreachSweeperOptions } = {}): ServiceLevelServices {
  const log = deps.logger.child({ component: 'service-levels' });
  const recompute = new DueTimeRecompute(deps.tenant, log);
  return {
    settings: new ServiceLevelService(deps.tenant, recompute),
    recompute,
    breaches: new BreachSweeper(deps.crossTenant, deps.tenant, log, options.breachSweeper),
  };
}
