import type { ServiceDeps } from '../../compose';
import { AgentSearchService } from './agent-search.service';

/** The agent app's search. */
export interface SearchServices {
  search: AgentSearchService;
}

/** Builds the search services. */
export function buildSearchServices(deps: ServiceDeps): SearchServices {
  return { search: new AgentSearchService(deps.tenant) };
}
