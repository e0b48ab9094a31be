import type { ServiceDeps } from '../../compose';
import type { OrganizationServices } from '../organizations/organizations.module';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

/** Sign-in, sessions and two-step verification. */
export interface AuthServices {
  sessions: SessionService;
  signIn: SignInService;
}

/** Builds the auth services. */
export function buildAuthServices(deps: ServiceDeps, mods: { organizations: OrganizationServices }): AuthServices {
  return {
    sessions: new SessionService(deps.dataSource),
    signIn: new SignInService(
      deps.dataSource,
      deps.config,
      mods.organizations.urls,
      deps.logger.child({ component: 'sign-in' }),
      deps.onMailQueued,
    ),
  };
}
