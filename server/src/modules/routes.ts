import type { Composition } from '../compose';
import type { Config } from '../config';
import type { AppRoutes } from '../http/app';
import { createRequestAuth } from '../http/request-auth';
import { attachmentRoutes } from './attachments/attachment.routes';
import { signInRoutes } from './auth/sign-in.routes';
import { tlsAskRoutes } from './organizations/tls-ask.routes';
import { inboundRoutes } from './inbound/inbound.routes';
import { devMailRoutes } from './outbox/dev-mail.routes';
import { portalPageRoutes } from './portal/portal-pages.routes';
import { satisfactionRoutes } from './satisfaction/satisfaction.routes';
import { contactExportRoutes } from './privacy/contact-export.routes';

/** The feature modules' routers (sign-in pages, attachments, the contact's data export, the TLS edge's check, the development outbox), over the composed services. */
export function buildFeatureRoutes(deps: { config: Readonly<Config>; composition: Composition }): AppRoutes {
  const { config, composition } = deps;
  const { services } = composition;
  const auth = signInRoutes({ config, services });
  const requestAuth = createRequestAuth(config, services);
  const files = attachmentRoutes({ services, auth: requestAuth });
  const app = auth.app.use(files.app);
  if (config.mail.inbound) app.use(inboundRoutes({ inbound: config.mail.inbound, service: services.inbound.mail }));
  if (!config.isProduction && !config.mail.postmark) {
    app.use(
      devMailRoutes({
        outbox: services.outbox.devOutbox,
        urls: services.organizations.urls,
        inbound: config.mail.inbound,
        replies: services.inbound.replies,
      }),
    );
  }
  const pages = portalPageRoutes({ config, services });
  return {
    portal: auth.portal
      .use(files.portal)
      .use(satisfactionRoutes({ services }))
      .use(contactExportRoutes({ services, auth: requestAuth }))
      .use(pages.router),
    app,
    internal: tlsAskRoutes({ hosts: services.organizations.hosts }),
    portalShell: pages.shell,
  };
}
