import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { Signer } from './auth/signer';
import { CrossTenantData } from './db/cross-tenant';
import { loadSigningKey } from './db/signing-keys.cross-tenant';
import { outsideTenantTx, TenantData } from './db/tenant';
import { createHealthCheck } from './http/health.cross-tenant';
import { buildAttachmentServices, type AttachmentServices } from './modules/attachments/attachments.module';
import { buildArticleServices, type ArticleServices } from './modules/articles/articles.module';
import { buildAuthServices, type AuthServices } from './modules/auth/auth.module';
import { buildCustomFieldServices, type CustomFieldServices } from './modules/custom-fields/custom-fields.module';
import { buildFormServices, type FormServices } from './modules/forms/forms.module';
import { buildInboundServices, type InboundServices } from './modules/inbound/inbound.module';
import { ReplyAddresses } from './modules/inbound/reply-address';
import { buildOrganizationServices, type OrganizationServices } from './modules/organizations/organizations.module';
import { buildOutboxServices, type OutboxServices } from './modules/outbox/outbox.module';
import { buildPortalServices, type PortalServices } from './modules/portal/portal.module';
import { buildTicketServices, type TicketServices } from './modules/tickets/tickets.module';
import { buildCompanyServices, type CompanyServices } from './modules/companies/companies.module';
import { buildPrivacyServices, type PrivacyServices } from './modules/privacy/privacy.module';
import { buildTagServices, type TagServices } from './modules/tags/tags.module';
import { buildMacroServices, type MacroServices } from './modules/macros/macros.module';
import { buildSearchServices, type SearchServices } from './modules/search/search.module';
import { buildNotificationServices, type NotificationServices } from './modules/notifications/notifications.module';
import { buildLiveServices, type LiveServices } from './live/live.module';
import { buildSatisfactionServices, type SatisfactionServices } from './modules/satisfaction/satisfaction.module';
import { buildServiceLevelServices, type ServiceLevelServices } from './modules/service-levels/service-levels.module';
import type { FileStorage } from './modules/attachments/file-storage';
import type { TxtLookup } from './modules/organizations/dns-verification';

/** What every module's factory may use: configuration, the two roads to SQL, a logger and the mail nudge. */
export interface ServiceDeps {
  config: Readonly<Config>;
  /** Tenant data: every service's road to SQL (row-level security applies). */
  tenant: TenantData;
  /** The named cross-tenant functions' road (see db/cross-tenant.ts). */
  crossTenant: CrossTenantData;
  logger: Logger;
  /** Signs the opaque values the API hands out (list cursors, sign-in challenges); its key is loaded by `start`. */
  signer: Signer;
  /** Wakes the mail worker after a transaction queued mail. */
  onMailQueued: () => void;
  /** Call after an organization, its branding or its domains changed: drops this process's host cache. */
  onOrganizationChanged: () => void;
}

/** Every service of the process, by feature. Resolvers and routes reach them only as `ctx.services.<feature>`. */
export interface Services {
  organizations: OrganizationServices;
  outbox: OutboxServices;
  auth: AuthServices;
  tickets: TicketServices;
  forms: FormServices;
  customFields: CustomFieldServices;
  articles: ArticleServices;
  portal: PortalServices;
  attachments: AttachmentServices;
  inbound: InboundServices;
  live: LiveServices;
  companies: CompanyServices;
  satisfaction: SatisfactionServices;
  privacy: PrivacyServices;
  serviceLevels: ServiceLevelServices;
  tags: TagServices;
  macros: MacroServices;
  search: SearchServices;
  notifications: NotificationServices;
}

/** Test seams: replacements for what talks to the outside world. */
export interface ComposeOverrides {
  txtLookup?: TxtLookup;
  /** Stands in for the configured file storage. */
  fileStorage?: FileStorage;
}

/** The composed process: its services, and the background work to start once listening. */
export interface Composition {
  services: Services;
  /** Tenant data, for the HTTP layer's one read transaction per query request. */
  tenant: TenantData;
  /** Whether the database answers (the health check). */
  health: () => Promise<boolean>;
  /** Call once listening: links then carry the real port, and the mail worker starts. */
  start(listeningPort: number): Promise<void>;
  stop(): Promise<void>;
}

/** The composition root: builds every service once per process, in dependency order. */
export function composeServices(args: {
  config: Readonly<Config>;
  dataSource: DataSource;
  /** The tables' owner, when it is not `dataSource`'s role (DATABASE_OWNER_URL). */
  ownerDataSource?: DataSource;
  logger: Logger;
  overrides?: ComposeOverrides;
  /** PostgreSQL: the database URL the listening connection for live updates opens; unset on PGlite. */
  listenUrl?: string | null;
}): Composition {
  const { config, dataSource, logger, overrides = {} } = args;
  const live = buildLiveServices({ listenUrl: args.listenUrl, logger });
  let outbox: OutboxServices | null = null;
  let forgetHosts = () => {};
  // With DATABASE_OWNER_URL the named cross-tenant functions run as the owner; tenant data as the app role.
  const crossTenant = new CrossTenantData(args.ownerDataSource ?? dataSource);
  const tenant = new TenantData(dataSource, live.changes);
  const signer = new Signer(() => loadSigningKey(crossTenant, 'cursors'));
  const deps: ServiceDeps = {
    config,
    tenant,
    crossTenant,
    logger,
    signer,
    // A nudge from inside a transaction (inbound mail nests several services in one) must not run in it.
    onMailQueued: () => outsideTenantTx(() => outbox?.worker.nudge()),
    onOrganizationChanged: () => forgetHosts(),
  };
  outbox = buildOutboxServices(deps);
  const organizations = buildOrganizationServices(deps, { txtLookup: overrides.txtLookup });
  forgetHosts = () => organizations.hosts.forget();
  const auth = buildAuthServices(deps, { organizations });
  const customFields = buildCustomFieldServices(deps);
  const forms = buildFormServices(deps, { customFields });
  const replies = new ReplyAddresses(config.mail.inbound, signer, config.mail.from.split('@')[1] ?? 'localhost');
  const tickets = buildTicketServices(deps, { organizations, forms, customFields, replies });
  const articles = buildArticleServices(deps, { auth });
  const portal = buildPortalServices(deps, { organizations });
  const attachments = buildAttachmentServices(deps, { storage: overrides.fileStorage });

  const inbound = buildInboundServices(deps, { replies, tickets, attachments });
  const companies = buildCompanyServices(deps);
  const satisfaction = buildSatisfactionServices(deps);
  const privacy = buildPrivacyServices(deps, { organizations, tickets, customFields, forms, attachments });
  const serviceLevels = buildServiceLevelServices(deps);
  const tags = buildTagServices(deps);
  const macros = buildMacroServices(deps, { tickets, tags });
  const search = buildSearchServices(deps);
  const notifications = buildNotificationServices(deps);
  const services: Services = {
    organizations,
    outbox,
    auth,
    tickets,
    forms,
    customFields,
    articles,
    portal,
    attachments,
    inbound,
    live,
    companies,
    satisfaction,
    privacy,
    serviceLevels,
    tags,
    macros,
    search,
    notifications,
  };
  return {
    services,
    tenant,
    health: createHealthCheck(crossTenant),
    async start(listeningPort) {
      await signer.load();
      organizations.urls.setListeningPort(listeningPort);
      outbox?.worker.start();
      attachments.sweeper.start();
      serviceLevels.breaches.start();
      await live.listener?.start();
    },
    stop: async () => {
      live.presence.stop();
      await Promise.all([
        outbox?.worker.stop(),
        attachments.sweeper.stop(),
        serviceLevels.breaches.stop(),
        serviceLevels.recompute.idle(),
        live.listener?.stop(),
      ]);
    },
  };
}
