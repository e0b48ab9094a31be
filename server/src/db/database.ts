import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataSource } from 'typeorm';
import type { Config } from '../config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

/** An open database: TypeORM's data source plus whatever must be shut down with it. */
export interface Database {
  kind: 'postgres' | 'pglite';
  /** The application's pool: tenant transactions switch it to the application role. */
  dataSource: DataSource;
  /**
   * The tables' owner: migrations and the named cross-tenant functions. The same data source as
   * `dataSource` unless DATABASE_OWNER_URL names a separate owner role.
   */
  ownerDataSource: DataSource;
  close(): Promise<void>;
}

/** Thrown when the database cannot be reached or opened; main.ts prints it as one line. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

function baseOptions() {
  return {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    logging: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
}

/**
 * PGlite's PostgreSQL settings. Its default shared_buffers (128 MB) is resident from the first
 * query; the data folder sits on the host's file system, whose page cache keeps hot pages anyway,
 * so 32 MB holds the working set of a small helpdesk and saves ~100 MB (bench/README.md measures it).
 */
const PGLITE_SETTINGS = ['shared_buffers = 32MB'];

/**
 * PGlite is one connection in one process. We serve it over a private Unix socket with
 * pglite-socket so that TypeORM talks to it through the same `pg` driver as to a real server,
 * with a pool of exactly one connection.
 */
async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === 'memory://';
  let pg: PGlite;
  try {
    pg = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm }, postgresqlconf: PGLITE_SETTINGS });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `cannot open the embedded database in ${dataDir}: ${(error as Error).message}. Is another ActionConnect process using it? Stop it, or set DATA_DIR to another folder.`,
      { cause: error },
    );
  }
  const socketDir = await mkdtemp(path.join(os.tmpdir(), 'ac-pg-'));
  const server = new PGLiteSocketServer({ db: pg, path: path.join(socketDir, '.s.PGSQL.5432') });
  await server.start();
  const dataSource = new DataSource({
    ...baseOptions(),
    host: socketDir,
    port: 5432,
    username: 'postgres',
    database: 'postgres',
    extra: { max: 1, idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  return {
    kind: 'pglite',
    dataSource,
    ownerDataSource: dataSource,
    async close() {
      await dataSource.destroy().catch(() => undefined);
      await server.stop().catch(() => undefined);
      await pg.close().catch(() => undefined);
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}

async function connectPostgres(url: string, max: number): Promise<DataSource> {
  const dataSource = new DataSource({
    ...baseOptions(),
    url,
    connectTimeoutMS: 5000,
    extra: { max, connectionTimeoutMillis: 5000 },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    throw new DatabaseUnavailableError(
      `cannot connect to PostgreSQL at ${safeUrl}: ${(error as Error).message}. Start the server or fix DATABASE_URL (unset it to use the embedded database).`,
      { cause: error },
    );
  }
  return dataSource;
}

async function openPostgres(url: string, ownerUrl: string | undefined): Promise<Database> {
  const dataSource = await connectPostgres(url, 10);
  let ownerDataSource = dataSource;
  if (ownerUrl) {
    try {
      ownerDataSource = await connectPostgres(ownerUrl, 3);
    } catch (error) {
      await dataSource.destroy().catch(() => undefined);
      throw error;
    }
  }
  return {
    kind: 'postgres',
    dataSource,
    ownerDataSource,
    async close() {
      await dataSource.destroy().catch(() => undefined);
      if (ownerDataSource !== dataSource) await ownerDataSource.destroy().catch(() => undefined);
    },
  };
}

/** Opens PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in the data folder. */
export async function openDatabase(database: Config['database']): Promise<Database> {
  return database.kind === 'postgres' ? openPostgres(database.url, database.ownerUrl) : openPglite(database.dataDir);
}

/** Applies pending migrations (each in its own transaction); returns their names. */
export async function migrate(db: Database): Promise<string[]> {
  const applied = await db.ownerDataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
