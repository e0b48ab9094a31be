import type { ServiceDeps } from '../../compose';
import type { OrganizationServices } from '../organizations/organizations.module';
import { SignInProofOfWork } from './proof-of-work';
import { RateLimiter } from './rate-limiter';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { TotpService } from './totp.service';

/** Sign-in, sessions, two-step verification and the shared rate limiter. */
export interface AuthServices {
  sessions: SessionService;
  signIn: SignInService;
  totp: TotpService;
  /** Database-backed counters (sign-in, TOTP settings, knowledge-base feedback). */
  rateLimiter: RateLimiter;
  /** Challenges asked of portal sign-in past the organization budget. */
  proofOfWork: SignInProofOfWork;
}

/** Builds the auth services. */
export function buildAuthServices(deps: ServiceDeps, mods: { organizations: OrganizationServices }): AuthServices {
  const rateLimiter = new RateLimiter(deps.crossTenant);
  const sessions = new SessionService(deps.tenant, deps.crossTenant);
  const totp = new TotpService(deps.tenant, rateLimiter);
  const proofOfWork = new SignInProofOfWork(deps.signer, rateLimiter);
  const signIn = new SignInService({
    tenant: deps.tenant,
    crossTenant: deps.crossTenant,
    config: deps.config,
    urls: mods.organizations.urls,
    organizations: mods.organizations.directory,
    sessions,
    totp,
    limiter: rateLimiter,
    proofOfWork,
    log: deps.logger.child({ component: 'sign-in' }),
    onMailQueued: deps.onMailQueued,
  });
  return { sessions, signIn, totp, rateLimiter, proofOfWork };
}
