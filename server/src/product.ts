import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { composeServices, type ComposeOverrides, type Composition } from './compose';
import type { Config } from './config';
import type { GraphQLContext } from './graphql/context';
import { createApp } from './http/app';
import { createRequestAuth } from './http/request-auth';
import { buildFeatureRoutes } from './modules/routes';
import { getSchema } from './graphql/schema';
import { attachLiveSocket, type LiveLimits, type LiveSocket } from './live/live-socket';

/** The product wired once, for main.ts and the test harness alike: services, feature routes and the Express app. */
export function assembleProduct(args: {
  config: Readonly<Config>;
  dataSource: DataSource;
  ownerDataSource?: DataSource;
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  overrides?: ComposeOverrides;
  /** PostgreSQL: the URL live updates LISTEN on (each process opens one connection); unset on PGlite. */
  listenUrl?: string | null;
  liveLimits?: Partial<LiveLimits>;
}): {
  app: express.Express;
  composition: Composition;
  /** Serves GraphQL subscriptions (graphql-ws) on the server's `/graphql`; call once the server exists. */
  attachLive(server: http.Server): Promise<LiveSocket>;
} {
  const { config, logger, apollo } = args;
  const composition = composeServices({
    config,
    dataSource: args.dataSource,
    ownerDataSource: args.ownerDataSource,
    logger,
    overrides: args.overrides,
    listenUrl: args.listenUrl,
  });
  const auth = createRequestAuth(config, composition.services);
  const app = createApp({
    config,
    logger,
    health: composition.health,
    tenant: composition.tenant,
    apollo,
    auth,
    services: composition.services,
    routes: buildFeatureRoutes({ config, composition }),
  });
  const attachLive = async (server: http.Server) =>
    attachLiveSocket(server, {
      config,
      logger,
      schema: await getSchema(),
      auth,
      services: composition.services,
      changes: composition.services.live.changes,
      limits: args.liveLimits,
    });
  return { app, composition, attachLive };
}
