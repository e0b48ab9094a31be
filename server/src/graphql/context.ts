import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Viewer } from '../auth/viewer';
import type { Organization } from '../modules/organizations/organization.entity';
import type { ResolvedHost } from '../modules/organizations/host';
import type { Services } from '../compose';
import type { Loaders } from './loaders';

export type { Viewer };

/** Everything a resolver may use for one request. */
export interface GraphQLContext {
  requestId: string;
  log: Logger;
  config: Readonly<Config>;
  host: ResolvedHost;
  /** The portal's organization on a portal host; the agent's organization in the agent app. */
  organization: Organization | null;
  viewer: Viewer;
  req: Request;
  res: Response;
  services: Services;
  /** Per-request batch loaders, bound to the viewer (see loaders.ts). */
  loaders: Loaders;
}
