import 'reflect-metadata';
import http from 'node:http';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError, migrate, openDatabase, type Database } from './db/database';
import { seedDemoData } from './db/seed/demo-data';
import { createFileStorage } from './modules/attachments/attachments.module';
import { createApolloServer } from './graphql/apollo';
import { createLimitedServer } from './http/server-limits';
import { createLogger } from './logger';
import { assembleProduct } from './product';

/** Prints one line saying what is wrong and what to do, then exits non-zero. */
function fail(message: string): never {
  process.stderr.write(`actionconnect: ${message}\n`);
  process.exit(1);
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
    throw error;
  }
  const logger = createLogger(config);
  let db: Database;
  try {
    db = await openDatabase(config.database);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) fail(error.message);
    throw error;
  }
  const applied = await migrate(db);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  if (config.seedDemoData) {
    // The demo files go where uploads go (FILES_DIR or S3), so the demo tickets' files download.
    const seeded = await seedDemoData(db.ownerDataSource, createFileStorage(config.files));
    if (seeded) logger.info('loaded demo data (Acme and Globex)');
  }
  const apollo = await createApolloServer(config);
  const {
    app,
    composition: features,
    attachLive,
  } = assembleProduct({
    config,
    dataSource: db.dataSource,
    ownerDataSource: db.ownerDataSource,
    logger,
    apollo,
    listenUrl: config.database.kind === 'postgres' ? config.database.url : null,
  });
  const server = createLimitedServer(app);
  const live = await attachLive(server);
  let port: number;
  try {
    port = await listen(server, config.port, config.bindHost);
  } catch (error) {
    await db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`port ${config.port} on ${config.bindHost} is already in use: stop the other process or set PORT to a free port.`);
    if (code === 'EACCES') fail(`not allowed to listen on port ${config.port}: choose a port above 1023 with PORT.`);
    throw error;
  }
  await features.start(port);
  const origin = (host: string) => `http://${host}:${port}`;
  logger.info(
    {
      port,
      database: db.kind,
      agentApp: `${origin(config.appHost)}/agent/`,
      sandbox: config.isProduction ? undefined : `${origin(config.appHost)}/graphql`,
      portals: [`${origin(`acme.${config.portalBaseDomain}`)}/`, `${origin(`globex.${config.portalBaseDomain}`)}/`],
    },
    'ActionConnect is running',
  );
  // Machine-readable line for the browser tests, which start the product the way the README does.
  if (process.env.ACTIONCONNECT_READY_FD === '1') process.stdout.write(`ACTIONCONNECT_READY port=${port}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A stuck step must not keep the process alive forever, and must not pass for a clean exit.
    setTimeout(() => {
      logger.error('shutdown did not finish within 5 seconds; exiting anyway');
      process.exit(1);
    }, 5000).unref();
    server.close();
    server.closeAllConnections();
    await live.close();
    await features.stop();
    await apollo.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`actionconnect: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
