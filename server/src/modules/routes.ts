import type { Composition } from '../compose';
import type { Config } from '../config';
import type { AppRoutes } from '../http/app';
import { signInRoutes } from './auth/sign-in.routes';
import { tlsAskRoutes } from './organizations/tls-ask.routes';
import { devMailRoutes } from './outbox/dev-mail.routes';

/** The feature modules' routers (sign-in pages, the TLS edge's check, the development outbox), over the composed services. */
export function buildFeatureRoutes(deps: { config: Readonly<Config>; composition: Composition }): AppRoutes {
  const { config, composition } = deps;
  const { services } = composition;
  const auth = signInRoutes({ config, services });
  const app = auth.app;
  if (!config.isProduction && !config.mail.postmark) app.use(devMailRoutes(services.outbox.devOutbox));
  return { portal: auth.portal, app, internal: tlsAskRoutes({ hosts: services.organizations.hosts }) };
}
