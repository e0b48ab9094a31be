import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { AppRoutes } from '../http/app';

/** What feature modules add to the HTTP app, and background work started after listen. */
export interface FeatureRoutes {
  routes: AppRoutes;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Collects the feature modules' routers and background workers. */
export function buildFeatureRoutes(_deps: { config: Readonly<Config>; db: DataSource; logger: Logger }): FeatureRoutes {
  return { routes: {}, start: async () => undefined, stop: async () => undefined };
}
