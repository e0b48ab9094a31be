import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { AppRoutes } from '../http/app';
import { PublicUrls } from '../http/public-urls';
import { signInRoutes } from './auth/sign-in.routes';
import { SessionService } from './auth/session.service';
import { SignInService } from './auth/sign-in.service';
import { CustomDomainService } from './organizations/custom-domain.service';
import { tlsAskRoutes } from './organizations/tls-ask.routes';
import { devMailRoutes } from './outbox/dev-mail.routes';
import { createPostmarkTransport } from './mail/postmark-transport';
import { devOutboxTransport, OutboxWorker } from './outbox/outbox.worker';

/** The long-lived services resolvers and routes use (one set per process). */
export interface Services {
  urls: PublicUrls;
  sessions: SessionService;
  signIn: SignInService;
  outbox: OutboxWorker;
  customDomains: CustomDomainService;
}

/** What feature modules add to the HTTP app, and background work started after listen. */
export interface FeatureRoutes {
  services: Services;
  routes: AppRoutes;
  /** Call once listening: links then carry the real port, and the mail worker starts. */
  start(listeningPort: number): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the services and the feature modules' routers and background workers. */
export function buildFeatureRoutes(deps: { config: Readonly<Config>; db: DataSource; logger: Logger }): FeatureRoutes {
  const { config, db, logger } = deps;
  const urls = new PublicUrls(config, db);
  const transport = config.mail.postmark
    ? createPostmarkTransport({ serverToken: config.mail.postmark.serverToken, apiUrl: config.mail.postmark.apiUrl ?? undefined })
    : devOutboxTransport;
  const outbox = new OutboxWorker(db, transport, logger.child({ component: 'outbox' }));
  const sessions = new SessionService(db);
  const signIn = new SignInService(db, config, urls, logger.child({ component: 'sign-in' }), () => outbox.nudge());
  const customDomains = new CustomDomainService(db, config, urls, logger.child({ component: 'custom-domains' }));
  const services: Services = { urls, sessions, signIn, outbox, customDomains };
  const auth = signInRoutes({ config, services });
  const app = auth.app;
  if (!config.isProduction && !config.mail.postmark) app.use(devMailRoutes(db));
  return {
    services,
    routes: { portal: auth.portal, app, internal: tlsAskRoutes({ config, db }) },
    async start(listeningPort) {
      urls.setListeningPort(listeningPort);
      outbox.start();
    },
    stop: () => outbox.stop(),
  };
}
