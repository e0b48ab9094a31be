import type { ServiceDeps } from '../../compose';
import type { TagServices } from '../tags/tags.module';
import type { TicketServices } from '../tickets/tickets.module';
import { MacroService } from './macro.service';

/** Canned replies (macros). */
export interface MacroServices {
  macros: MacroService;
}

/** Builds the macro services. */
export function buildMacroServices(deps: ServiceDeps, mods: { tickets: TicketServices; tags: TagServices }): MacroServices {
  return { macros: new MacroService(deps.tenant, mods.tickets.write, mods.tags.tags) };
}
