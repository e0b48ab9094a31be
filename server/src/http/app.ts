import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { serializeRequestForLog } from '../logger';
import type { Config } from '../config';
import type { GraphQLContext } from '../graphql/context';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../graphql/error-response.plugin';
import { INTERNAL_ERROR_MESSAGE, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../graphql/errors';
import { createLoaders } from '../graphql/loaders';
import type { Services } from '../compose';
import { requestHostname, type ResolvedHost } from '../modules/organizations/host';
import { EmailLogoCache } from '../modules/organizations/email-logo';
import { notFoundPage } from './pages';
import { runInReadTransaction, isQueryRequest } from './read-transaction';
import { findSession, identify, identityFor, requestOrganizationId, type RequestAuth } from './request-auth';
import type { TenantData } from '../db/tenant';

/** Extra routers mounted by feature modules (sign-in pages, dev outbox...). */
export interface AppRoutes {
  /** Mounted on every portal host before the SPA fallback. */
  portal?: express.Router;
  /** Mounted on the app host before the agent SPA. */
  app?: express.Router;
  /** Mounted before host routing, on every Host (the TLS edge's certificate check asks by IP). */
  internal?: express.Router;
  /** Fills the portal's HTML shell for each page (status, head tags, content before the app starts). */
  portalShell?: ShellRenderer;
}

/** One page's first HTML answer: what goes into the built index.html, with which status and caching. */
export interface ShellPage {
  status: number;
  /** Replaces index.html's <title>: title, description, canonical and Open Graph tags. */
  head: string;
  /** Safe HTML put inside the empty #root until the app renders. */
  body: string;
  cacheControl: string;
  /** Answer 301 to this path instead. */
  redirectTo?: string;
}

/** Renders a page of the SPA on the server. */
export type ShellRenderer = (req: Request, res: Response) => Promise<ShellPage>;

/** Puts a page's head tags and content into the built index.html (its <title> and empty #root). */
export function fillShell(indexHtml: string, page: Pick<ShellPage, 'head' | 'body'>): string {
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>`);
}

declare module 'express-serve-static-core' {
  interface Locals {
    host: ResolvedHost;
    requestId: string;
    identity?: Awaited<ReturnType<typeof identify>>;
  }
}

/** Everything the HTTP layer needs. */
export interface AppDeps {
  config: Readonly<Config>;
  logger: Logger;
  /** Tenant data, for the one read transaction of a query request. */
  tenant: TenantData;
  /** Whether the database answers (GET /healthz). */
  health: () => Promise<boolean>;
  apollo: ApolloServer<GraphQLContext>;
  auth: RequestAuth;
  services: Services;
  routes?: AppRoutes;
}

function spa(distDir: string, mountNotice: string, shell?: ShellRenderer): express.Router {
  const router = express.Router();
  const index = path.join(distDir, 'index.html');
  // Vite names everything under assets/ by its content hash: a name never changes meaning, so it is
  // cached for a year without revalidation. The rest (favicon) for an hour; index.html not at all.
  router.use('/assets', express.static(path.join(distDir, 'assets'), { index: false, maxAge: '365d', immutable: true }));
  // A missing asset (an old build's name) is a 404, not the app's page under a script's name.
  router.use('/assets', (_req, res) => void res.status(404).type('text/plain').send('Not found.'));
  router.use(express.static(distDir, { index: false, maxAge: '1h', immutable: false }));
  let built: { mtimeMs: number; html: string } | null = null;
  router.get('/{*rest}', async (req, res, next) => {
    try {
      if (!existsSync(index)) {
        res.status(503).type('text/plain').send(`${mountNotice} is not built yet: run \`npm run build\`.`);
        return;
      }
      if (!shell) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(index);
        return;
      }
      const mtimeMs = (await stat(index)).mtimeMs;
      if (built?.mtimeMs !== mtimeMs) built = { mtimeMs, html: await readFile(index, 'utf8') };
      const page = await shell(req, res);
      res.setHeader('Vary', 'Cookie');
      res.setHeader('Cache-Control', page.cacheControl);
      if (page.redirectTo) {
        res.redirect(301, page.redirectTo);
        return;
      }
      res.status(page.status).type('html').send(fillShell(built.html, page));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** Builds the Express app: host routing, health check, GraphQL, the two clients and the 404 page. */
export function createApp(deps: AppDeps): express.Express {
  const { config, logger, apollo, auth, services } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Every answered request is a debug line (LOG_LEVEL=debug shows them); refusals are info, failures errors.
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      serializers: { req: serializeRequestForLog },
    }),
  );
  app.use((req, res, next) => {
    res.locals.requestId = String(req.id);
    next();
  });
  // Brotli or gzip, whichever the client prefers, for everything over 1 KiB that compresses (API
  // answers, the clients' scripts and styles, pages); brotli at quality 4 costs little CPU per answer.
  app.use(compression({ threshold: 1024 }));
  // A path that is not valid percent-encoding (`/%ff%fe%`) cannot name anything we serve.
  app.use((req, res, next) => {
    try {
      decodeURIComponent(req.path);
    } catch {
      res.status(400).type('text/plain').send('Bad request: the address is not valid.');
      return;
    }
    next();
  });

  // Security headers on every response. The CSP allows only our own scripts; the development
  // Sandbox page (GET /graphql) is exempt because it loads Apollo's embed from its CDN.
  const strictHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        // Articles may embed images from other https sites; scripts stay same-origin only.
        'img-src': ["'self'", 'data:', 'https:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': config.publicScheme === 'https' ? [] : null,
      },
    },
    strictTransportSecurity: config.publicScheme === 'https',
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  const sandboxHeaders = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  app.use((req, res, next) => {
    const sandboxPage = !config.isProduction && req.method === 'GET' && req.path === '/graphql';
    (sandboxPage ? sandboxHeaders : strictHeaders)(req, res, next);
  });

  app.get('/healthz', async (_req, res) => {
    const ok = await deps.health();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down' });
  });

  if (deps.routes?.internal) app.use(deps.routes.internal);

  app.use(async (req, res, next) => {
    try {
      res.locals.host = await services.organizations.hosts.resolve(requestHostname(req.headers.host));
      next();
    } catch (error) {
      next(error);
    }
  });

  app.use((req, res, next) => {
    if (res.locals.host.kind !== 'unknown') return next();
    res.status(404).type('html').send(notFoundPage(res.locals.host.hostname));
  });

  app.get('/branding/logo', async (req, res, next) => {
    const host = res.locals.host;
    if (host.kind !== 'portal') return next();
    const logo = await services.organizations.branding.logo(host.organization.id);
    if (!logo) return next();
    res.setHeader('Content-Type', logo.contentType);
    // Logos are stored sanitized, but a served SVG is still a document: forbid it from doing anything.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    // The portal links to /branding/logo?v=<logo updated at>: that exact version never changes, so
    // it is cached for good; any other URL (old versions, emails' plain link) revalidates by ETag.
    const version = host.organization.branding.logoUpdatedAt?.getTime();
    const current = version !== undefined && req.query.v === String(version);
    res.setHeader('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'no-cache');
    res.send(logo.data);
  });

  // Emails' logo: a PNG any mail client shows and may load from anywhere (the default
  // Cross-Origin-Resource-Policy, same-origin, blocks it in webmail, which loads it from its own origin).
  const emailLogos = new EmailLogoCache();
  app.get('/branding/logo.png', async (req, res, next) => {
    try {
      const host = res.locals.host;
      if (host.kind !== 'portal') return next();
      const logo = await services.organizations.branding.logo(host.organization.id);
      const version = host.organization.branding.logoUpdatedAt?.getTime() ?? 0;
      const png = logo ? emailLogos.png(`${host.organization.id}:${version}`, logo) : null;
      if (!png) return void res.status(404).type('text/plain').send('No logo.');
      res.setHeader('Content-Type', 'image/png');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      const current = req.query.v === String(version);
      // Mail proxies (Gmail's) cache by URL: the versioned URL emails carry never changes meaning.
      res.setHeader('Cache-Control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      res.send(png);
    } catch (error) {
      next(error);
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    (req, _res, next) => {
      // The Apollo integration insists on req.body existing; a non-JSON body leaves it unset, and
      // Apollo's CSRF prevention must then answer 400 rather than the integration answering 500.
      if (!('body' in req)) (req as Request & { body: unknown }).body = undefined;
      next();
    },
    async (req, res, next) => {
      try {
        const host = res.locals.host;
        const session = await findSession(auth, req, host);
        res.locals.identity = identityFor(session, host);
        const handOn = async () => next();
        const organizationId = requestOrganizationId(session, host);
        if (organizationId && isQueryRequest(req)) await runInReadTransaction(deps.tenant, organizationId, res, handOn);
        else await handOn();
      } catch (error) {
        next(error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const host = res.locals.host;
        const { viewer, organization } = res.locals.identity ?? (await identify(auth, req, host));
        return {
          requestId: res.locals.requestId,
          log: req.log,
          config,
          host,
          organization,
          viewer,
          req,
          res,
          services,
          loaders: createLoaders(services, viewer),
        };
      },
    }),
  );

  const portalRouter = express.Router();
  if (deps.routes?.portal) portalRouter.use(deps.routes.portal);
  portalRouter.use(spa(path.join(config.rootDir, 'client-portal', 'dist'), 'The customer portal', deps.routes?.portalShell));

  const appRouter = express.Router();
  if (deps.routes?.app) appRouter.use(deps.routes.app);
  appRouter.get('/', (_req, res) => res.redirect(302, '/agent/'));
  appRouter.use('/agent', spa(path.join(config.rootDir, 'client-agent', 'dist'), 'The agent app'));

  app.use((req, res, next) => {
    const router = res.locals.host.kind === 'portal' ? portalRouter : appRouter;
    router(req, res, next);
  });

  app.use((_req, res) => {
    res
      .status(404)
      .type('html')
      .send(notFoundPage(res.locals.host?.hostname ?? ''));
  });

  const onError: ErrorRequestHandler = (
    error: Error & { status?: number; type?: string },
    req: Request,
    res: Response,
    _next: NextFunction,
  ) => {
    if (error.type && error.status && error.status < 500) {
      // body-parser: malformed JSON, too large, wrong charset.
      res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    if (error instanceof URIError || (error.status === 400 && !error.type)) {
      // A path that is not valid percent-encoding (`/%ff%fe%`): the client's mistake, not ours.
      res.status(400).json({ errors: [{ message: 'Bad request: the address is not valid', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    req.log.error({ err: error }, 'unhandled error');
    if (isDatabaseUnavailable(error)) {
      // Host or session lookup during an outage: the same retryable answer GraphQL gives.
      res.status(503).setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      res.json({
        errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', requestId: res.locals.requestId } }],
      });
      return;
    }
    res.status(500).json({
      errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.locals.requestId } }],
    });
  };
  app.use(onError);
  return app;
}
