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

/** The product wired once, for main.ts and the test harness alike: services, feature routes and the Express app. */
export function assembleProduct(args: {
  config: Readonly<Config>;
  dataSource: DataSource;
  ownerDataSource?: DataSource;
  logger: Logger;
  apollo: ApolloServer<GraphQLContext>;
  overrides?: ComposeOverrides;
}): { app: express.Express; composition: Composition } {
  const { config, logger, apollo } = args;
  const composition = composeServices({
    config,
    dataSource: args.dataSource,
    ownerDataSource: args.ownerDataSource,
    logger,
    overrides: args.overrides,
  });
  const app = createApp({
    config,
    logger,
    health: composition.health,
    tenant: composition.tenant,
    apollo,
    auth: createRequestAuth(config, composition.services),
    services: composition.services,
    routes: buildFeatureRoutes({ config, composition }),
  });
  return { app, composition };
}
