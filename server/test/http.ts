import 'reflect-metadata';
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../src/config';
import { seedDemoData } from '../src/db/seed/demo-data';
import { createApolloServer } from '../src/graphql/apollo';
import { createLogger } from '../src/logger';
import type { ComposeOverrides, Composition, Services } from '../src/compose';
import type { LiveLimits, LiveSocket } from '../src/live/live-socket';
import { assembleProduct } from '../src/product';
import { createTestDatabase, type TestDatabase } from './database';

/** What one request answered. */
export interface TestResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body's bytes as sent (still compressed when Content-Encoding says so). */
  raw: Buffer;
  text: string;
  /** The body parsed as JSON; throws with the raw text when it is not JSON. */
  json<T = unknown>(): T;
}

/** A GraphQL answer: the HTTP response plus its parsed body. */
export interface GraphQLResponse<TData = Record<string, unknown>> extends TestResponse {
  body: { data?: TData | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

export interface RequestOptions {
  method?: string;
  /** Host header; the port is appended as a browser would. Defaults to `acme.localhost`. */
  host?: string;
  headers?: OutgoingHttpHeaders;
  /** A string or Buffer is sent as is; anything else as JSON (with Content-Type application/json unless set). */
  body?: unknown;
}

export interface GraphQLOptions {
  /** Defaults to `acme.localhost`. */
  host?: string;
  /** Raw Cookie header, e.g. `ac_session=…`. */
  cookie?: string;
  headers?: OutgoingHttpHeaders;
}

export interface TestAppOptions {
  /** Extra environment for loadConfig (NODE_ENV `test` and LOG_LEVEL `silent` unless given). DATABASE_URL and DATA_DIR are ignored: the harness picks the database. */
  env?: Record<string, string>;
  /** Load Acme and Globex (default true). */
  seed?: boolean;
  /** Where the app's log lines go (with `env.LOG_LEVEL`), for tests of what is logged; stdout otherwise. */
  logDestination?: DestinationStream;
  /** Replacements for what talks to the outside world (DNS). */
  overrides?: ComposeOverrides;
  /** PostgreSQL only: the app connects as a separate login role, the owner runs migrations and cross-tenant work. */
  appRole?: boolean;
  /**
   * Another instance on this database (PostgreSQL: its own pool and its own listening connection,
   * like a second process behind a load balancer). The first app keeps owning the database.
   */
  database?: TestDatabase;
  /** Socket limits for the live-update tests (a short session re-check, small caps). */
  liveLimits?: Partial<LiveLimits>;
}

/** A running app on 127.0.0.1 with its own database. */
export interface TestApp {
  url: string;
  port: number;
  config: Readonly<Config>;
  dataSource: DataSource;
  database: TestDatabase;
  /** The WebSocket endpoint (graphql-ws) on the same port and path. */
  live: LiveSocket;
  /** The process-wide services (sign-in, sessions, outbox...) the app was built with. */
  services: Services;
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GraphQLOptions,
  ): Promise<GraphQLResponse<TData>>;
  request(path: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

const DEFAULT_HOST = 'acme.localhost';

function send(port: number, path: string, options: RequestOptions): Promise<TestResponse> {
  const headers: OutgoingHttpHeaders = { ...options.headers };
  const host = options.host ?? DEFAULT_HOST;
  // fetch() refuses to set Host, and *.localhost does not resolve everywhere: connect to
  // 127.0.0.1 and name the host in the header, as a browser on acme.localhost:PORT would.
  headers.host = /:\d+$/.test(host) ? host : `${host}:${port}`;
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string' || Buffer.isBuffer(options.body)) {
      payload = Buffer.from(options.body);
    } else {
      payload = Buffer.from(JSON.stringify(options.body));
      const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
      if (!hasType) headers['content-type'] = 'application/json';
    }
    headers['content-length'] = payload.length;
  }
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: options.method ?? (payload ? 'POST' : 'GET'), headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = raw.toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          raw,
          text,
          json<T>() {
            try {
              return JSON.parse(text) as T;
            } catch {
              throw new Error(`expected JSON, got ${res.statusCode}: ${text.slice(0, 500)}`);
            }
          },
        });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Starts the real Express + Apollo app on 127.0.0.1:0 against a fresh test database (see
 * createTestDatabase), seeded with the demo organizations unless `seed: false`.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { DATABASE_URL: _url, DATA_DIR: _dir, ...env } = options.env ?? {};
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...env });
  const logger = createLogger(config, options.logDestination);
  const shared = options.database;
  const database = shared ?? (await createTestDatabase({ appRole: options.appRole }));
  const dataSource = database.dataSource;
  let server: http.Server | null = null;
  let live: LiveSocket | null = null;
  let features: Composition | null = null;
  let apollo: Awaited<ReturnType<typeof createApolloServer>> | null = null;
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await live?.close();
      if (server) {
        const s = server;
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await features?.stop();
      await apollo?.stop();
      if (!shared) await database.close();
    })();
    return closing;
  };
  try {
    // Demo files only with a storage the test owns: the configured one would write into the working tree.
    if ((options.seed ?? true) && !shared) await seedDemoData(dataSource, options.overrides?.fileStorage);
    apollo = await createApolloServer(config);
    const product = assembleProduct({
      config,
      dataSource: database.appDataSource,
      ownerDataSource: dataSource,
      logger,
      apollo,
      overrides: options.overrides,
      listenUrl: database.url,
      liveLimits: options.liveLimits,
    });
    features = product.composition;
    const app = product.app;
    const listening = http.createServer(app);
    server = listening;
    live = await product.attachLive(listening);
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(0, '127.0.0.1', () => resolve());
    });
    await features.start((listening.address() as AddressInfo).port);
  } catch (error) {
    await close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const services = (features as Composition).services;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    dataSource,
    database,
    live: live as LiveSocket,
    services,
    request: (path, requestOptions = {}) => send(port, path, requestOptions),
    async graphql<TData>(query: string, variables?: Record<string, unknown>, gqlOptions: GraphQLOptions = {}) {
      const headers: OutgoingHttpHeaders = { ...gqlOptions.headers };
      if (gqlOptions.cookie) headers.cookie = gqlOptions.cookie;
      const res = await send(port, '/graphql', { method: 'POST', host: gqlOptions.host, headers, body: { query, variables } });
      const body = res.json<GraphQLResponse<TData>['body']>();
      return { ...res, body };
    },
    close,
  };
}
